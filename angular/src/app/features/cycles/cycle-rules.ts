import type { TranslationKey } from '../../core/i18n/zh-CN';
import type { CompileProgressDto, EvaluationCycleStatus, PeriodKind } from '../../proxy/models';

/**
 * The cycle's state machine as the UI needs it (mirrors EvaluationCycle.cs): which steps exist, which
 * actions each state allows, and the live checks of the create form. Pure, so it is unit-tested.
 */

export const STEPS: readonly EvaluationCycleStatus[] = ['Draft', 'Open', 'Closed', 'Compiled', 'Calibrated', 'Published', 'Finalized'];
export const STATUSES: readonly EvaluationCycleStatus[] = [...STEPS, 'Cancelled'];
export const PERIOD_KINDS: readonly PeriodKind[] = ['Monthly', 'Quarterly', 'HalfYear', 'Annual'];

export type CycleAction = 'open' | 'close' | 'compile' | 'completeCalibration' | 'publish' | 'finalize' | 'cancel';

/** The permission each action needs (the C# controller's [Authorize]). */
export const ACTION_PERMISSION: Record<CycleAction, string> = {
  open: 'GridStaff.EvaluationCycles.Manage',
  close: 'GridStaff.EvaluationCycles.Manage',
  compile: 'GridStaff.EvaluationCycles.Manage',
  completeCalibration: 'GridStaff.AssessmentResults.Calibrate',
  publish: 'GridStaff.EvaluationCycles.Manage',
  finalize: 'GridStaff.EvaluationCycles.Manage',
  cancel: 'GridStaff.EvaluationCycles.Manage',
};

const BY_STATUS: Record<EvaluationCycleStatus, CycleAction[]> = {
  Draft: ['open', 'cancel'],
  Open: ['close', 'cancel'],
  Closed: ['compile'],
  Compiled: ['completeCalibration', 'publish', 'compile'],
  Calibrated: ['publish'],
  Published: ['finalize'],
  Finalized: [],
  Cancelled: [],
};

/** The actions the state allows and the user may take, most likely first. */
export function allowedActions(status: EvaluationCycleStatus, isGranted: (permission: string) => boolean): CycleAction[] {
  return BY_STATUS[status].filter(a => isGranted(ACTION_PERMISSION[a]));
}

/** The step to highlight: a cancelled cycle stops where it was (Open if it had opened, else Draft). */
export function stepIndex(status: EvaluationCycleStatus, openedAt?: string | null): number {
  if (status === 'Cancelled') return openedAt ? 1 : 0;
  return STEPS.indexOf(status);
}

/** Results exist from compilation on. */
export function hasResults(status: EvaluationCycleStatus): boolean {
  return ['Compiled', 'Calibrated', 'Published', 'Finalized'].includes(status);
}

/** Calibration is allowed after compilation and before publication (EvaluationCycle.CanCalibrate). */
export function canCalibrate(status: EvaluationCycleStatus): boolean {
  return status === 'Compiled' || status === 'Calibrated';
}

export interface CompileView {
  percent: number;
  /** Enqueued but the job has not reported yet: the bar moves without a number. */
  waiting: boolean;
  done: number;
  total: number;
}

export function compileView(p: CompileProgressDto | null): CompileView | null {
  if (!p) return null;
  const total = Math.max(0, p.total);
  const done = Math.min(Math.max(0, p.done), total);
  return { done, total, percent: total ? Math.floor((done * 100) / total) : 0, waiting: done === 0 };
}

/**
 * Has the compile run the user started finished? The job is done when the cycle is Compiled with every
 * worker counted and its compiledAt differs from the one before the click (a recompile of a compiled
 * cycle starts from Compiled too, so the status alone cannot tell).
 */
export function compileFinished(p: CompileProgressDto, compiledAtBefore: string | null, compiledAtNow: string | null): boolean {
  return p.status === 'Compiled' && p.done >= p.total && !!compiledAtNow && compiledAtNow !== compiledAtBefore;
}

export interface ScheduleInput {
  periodStart: Date | null;
  periodEnd: Date | null;
  opensAt: Date | null;
  scoringDeadline: Date | null;
  publishOn: Date | null;
}

export interface FormIssue {
  field: keyof ScheduleInput | 'components';
  key: TranslationKey;
  params?: Record<string, string | number>;
}

/** The schedule rules of EvaluationCycle.Reschedule/SetPeriod, checked as the user picks dates. */
export function scheduleIssues(s: ScheduleInput): FormIssue[] {
  const issues: FormIssue[] = [];
  if (s.periodStart && s.periodEnd && s.periodEnd < s.periodStart) issues.push({ field: 'periodEnd', key: 'cycles.issue.periodEnd' });
  if (s.opensAt && s.scoringDeadline && s.scoringDeadline <= s.opensAt) issues.push({ field: 'scoringDeadline', key: 'cycles.issue.deadline' });
  if (s.scoringDeadline && s.publishOn && s.publishOn < s.scoringDeadline) issues.push({ field: 'publishOn', key: 'cycles.issue.publishOn' });
  return issues;
}

export interface ComponentInput { cycleId: string | null; weight: number | null }

/** An annual cycle combining earlier ones: each weight above 0, each cycle once, a share (above 0) left to this cycle. */
export function componentIssues(kind: PeriodKind, components: readonly ComponentInput[]): FormIssue[] {
  if (components.length === 0) return [];
  if (kind !== 'Annual') return [{ field: 'components', key: 'cycles.issue.componentsAnnualOnly' }];
  const issues: FormIssue[] = [];
  if (components.some(c => !c.cycleId)) issues.push({ field: 'components', key: 'cycles.issue.componentCycle' });
  const ids = components.map(c => c.cycleId).filter(Boolean);
  if (new Set(ids).size !== ids.length) issues.push({ field: 'components', key: 'cycles.issue.componentTwice' });
  if (components.some(c => !(Number(c.weight) > 0))) issues.push({ field: 'components', key: 'cycles.issue.componentWeight' });
  const own = ownWeight(components);
  if (own <= 0) issues.push({ field: 'components', key: 'cycles.issue.ownWeight', params: { own } });
  return issues;
}

/** This cycle's own share when it combines earlier cycles (EvaluationCycle.OwnWeight). */
export function ownWeight(components: readonly ComponentInput[]): number {
  return Math.round((100 - components.reduce((s, c) => s + (Number(c.weight) || 0), 0)) * 1e6) / 1e6;
}

/** A sensible start for the form: the current period of the kind, scoring two weeks from now, publication a week later. */
export function defaultSchedule(kind: PeriodKind, now: Date): ScheduleInput {
  const y = now.getFullYear();
  const m = now.getMonth();
  const [start, end] =
    kind === 'Monthly' ? [new Date(y, m, 1), new Date(y, m + 1, 0)]
    : kind === 'Quarterly' ? [new Date(y, m - (m % 3), 1), new Date(y, m - (m % 3) + 3, 0)]
    : kind === 'HalfYear' ? [new Date(y, m < 6 ? 0 : 6, 1), new Date(y, m < 6 ? 6 : 12, 0)]
    : [new Date(y, 0, 1), new Date(y, 11, 31)];
  const opensAt = new Date(now);
  opensAt.setSeconds(0, 0);
  const scoringDeadline = new Date(opensAt);
  scoringDeadline.setDate(scoringDeadline.getDate() + 14);
  scoringDeadline.setHours(18, 0, 0, 0);
  const publishOn = new Date(scoringDeadline);
  publishOn.setDate(publishOn.getDate() + 7);
  publishOn.setHours(9, 0, 0, 0);
  return { periodStart: start, periodEnd: end, opensAt, scoringDeadline, publishOn };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar date as the API's DateOnly and an <input type="date"> value (yyyy-MM-dd), without a time-zone shift. */
export function toDateOnly(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A local time as an <input type="datetime-local"> value (yyyy-MM-ddTHH:mm). */
export function toLocalInput(d: Date): string {
  return `${toDateOnly(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An <input type="date"> or "datetime-local" value as a local Date; null when empty or invalid. */
export function fromInput(value: string | null | undefined): Date | null {
  if (!value) return null;
  const [date, time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const result = new Date(y, m - 1, d, h, min);
  return Number.isNaN(result.getTime()) ? null : result;
}

