import { HttpContext } from '@angular/common/http';
import { Api } from '../../proxy/api';
import { scoreSheetGetList } from '../../proxy/functions';
import { ScoreSheetDto } from '../../proxy/models';
import { GridRowInit } from './score-grid';

const PAGE = 1000;

/** Every sheet assigned to the caller (optionally of one cycle), page by page. */
export async function loadAllSheets(api: Api, cycleId?: string, context?: HttpContext): Promise<ScoreSheetDto[]> {
  const all: ScoreSheetDto[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await api.invoke(scoreSheetGetList, { CycleId: cycleId, SkipCount: skip, MaxResultCount: PAGE }, context);
    all.push(...page.items);
    if (page.items.length < PAGE || all.length >= page.totalCount) return all;
  }
}

export interface SheetSet {
  cycleId: string;
  group: ScoreSheetDto['group'];
  deadline: string;
  total: number;
  submitted: number;
}

/** The sheets grouped by cycle and rater group, newest deadline first. */
export function sheetSets(sheets: readonly ScoreSheetDto[]): SheetSet[] {
  const sets = new Map<string, SheetSet>();
  for (const s of sheets) {
    const key = `${s.cycleId}|${s.group}`;
    const set = sets.get(key) ?? { cycleId: s.cycleId, group: s.group, deadline: s.scoringDeadline, total: 0, submitted: 0 };
    set.total++;
    if (s.status === 'Submitted') set.submitted++;
    sets.set(key, set);
  }
  return [...sets.values()].sort((a, b) => b.deadline.localeCompare(a.deadline) || a.cycleId.localeCompare(b.cycleId) || a.group.localeCompare(b.group));
}

/** A sheet as a grid row. */
export function toRow(s: ScoreSheetDto, fallbackName: string): GridRowInit {
  return { id: s.id, workerName: s.workerName ?? fallbackName, status: s.status, stamp: s.concurrencyStamp, scores: s.scores };
}

/** Rows in the order a director reads a roster: by name (pinyin order in Chinese). */
export function byWorkerName(a: ScoreSheetDto, b: ScoreSheetDto): number {
  return (a.workerName ?? '').localeCompare(b.workerName ?? '', 'zh-CN') || a.id.localeCompare(b.id);
}
