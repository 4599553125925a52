import { Component, computed, inject, input, resource, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { I18nService } from '../../core/i18n/i18n.service';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import {
  appealGet, appealReject, appealRescore, assessmentTemplateGet, communityGet, evaluationCycleGet, scoreSheetGetList,
} from '../../proxy/functions';
import { ScoreSheetDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { indicatorsOf } from '../assessment-templates/template-rules';
import { isOverdue } from './appeal-rules';
import { APPEAL_COLOR } from './appeal-list.component';
import { CycleResults } from './worker-names';

interface RescoreRow { code: string; name: string; max: number; old: number | null; score: number | null; comment: string }

/**
 * One appeal: the worker's reason and the indicators they name, with what those indicators scored.
 * HR answers by rejecting with a reason, or by re-scoring the named indicators on one of the worker's
 * sheets; the server recompiles that worker and records the new total on the appeal.
 */
@Component({
  selector: 'gs-appeal-detail',
  imports: [SHARED_IMPORTS, NzModalModule],
  providers: [CycleResults],
  templateUrl: './appeal-detail.component.html',
})
export class AppealDetailComponent {
  private readonly api = inject(Api);
  private readonly results = inject(CycleResults);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = P;
  protected readonly color = APPEAL_COLOR;
  readonly id = input.required<string>();

  protected readonly appeal = resource({ params: () => this.id(), loader: ({ params: id }) => this.api.invoke(appealGet, { id }) });
  protected readonly current = computed(() => (this.appeal.hasValue() ? this.appeal.value() : undefined));
  protected readonly cycle = resource({ params: () => this.current()?.cycleId, loader: ({ params: id }) => this.api.invoke(evaluationCycleGet, { id }) });
  protected readonly community = resource({ params: () => this.current()?.communityId, loader: ({ params: id }) => this.api.invoke(communityGet, { id }) });
  protected readonly template = resource({
    params: () => (this.cycle.hasValue() ? this.cycle.value().templateId : undefined),
    loader: ({ params: id }) => this.api.invoke(assessmentTemplateGet, { id }),
  });
  protected readonly result = resource({
    params: () => (this.current() ? { cycleId: this.current()!.cycleId, workerId: this.current()!.workerId } : undefined),
    loader: async ({ params }) => (await this.results.byWorker(params.cycleId)).get(params.workerId) ?? null,
  });
  /** The worker's submitted sheets HR may re-score (the server lists the sheets of HR's own rater group). */
  protected readonly sheets = resource({
    params: () => (this.current()?.status === 'Filed' ? { cycleId: this.current()!.cycleId, workerId: this.current()!.workerId } : undefined),
    loader: async ({ params }) => (await this.api.invoke(scoreSheetGetList, { CycleId: params.cycleId, MaxResultCount: 1000 })).items
      .filter(s => s.workerId === params.workerId && s.status === 'Submitted'),
  });

  protected readonly overdue = computed(() => { const a = this.current(); return !!a && isOverdue(a.status, a.answerDueAt, new Date()); });
  protected readonly indicatorName = computed(() =>
    new Map(this.template.hasValue() ? indicatorsOf(this.template.value().definition).map(i => [i.code, i.name]) : []));
  /** The named indicators with their part of the result (a rated indicator has a row per rater group). */
  protected readonly named = computed(() => {
    const a = this.current();
    const parts = (this.result.hasValue() ? this.result.value()?.breakdown.indicators : undefined) ?? [];
    const codes = a?.indicatorCodes.length ? a.indicatorCodes : [...new Set(parts.map(p => p.code))];
    return codes.map(code => ({ code, name: this.indicatorName().get(code) ?? code, parts: parts.filter(p => p.code.toLowerCase() === code.toLowerCase()) }));
  });

  // Dialogs
  protected readonly dialog = signal<'reject' | 'rescore' | null>(null);
  protected readonly reason = signal('');
  protected readonly sheetId = signal<string | null>(null);
  protected readonly rows = signal<RescoreRow[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly rowsValid = computed(() => this.rows().length > 0 && this.rows().every(r => r.score !== null && r.score >= 0 && r.score <= r.max));

  protected openReject(): void { this.reason.set(''); this.error.set(null); this.dialog.set('reject'); }

  protected openRescore(): void {
    this.reason.set('');
    this.error.set(null);
    const first = this.sheets.hasValue() ? this.sheets.value()[0] : undefined;
    this.pickSheet(first?.id ?? null);
    this.dialog.set('rescore');
  }

  protected pickSheet(id: string | null): void {
    this.sheetId.set(id);
    const sheet = (this.sheets.hasValue() ? this.sheets.value() : []).find(s => s.id === id);
    this.rows.set(sheet ? this.rowsFor(sheet) : []);
  }

  protected setScore(n: number, value: string): void {
    this.rows.update(rows => rows.map((r, k) => (k === n ? { ...r, score: value === '' ? null : Number(value) } : r)));
  }

  protected setComment(n: number, value: string): void {
    this.rows.update(rows => rows.map((r, k) => (k === n ? { ...r, comment: value } : r)));
  }

  protected closeDialog(): void { if (!this.busy()) this.dialog.set(null); }

  protected async submit(): Promise<void> {
    const a = this.current();
    const which = this.dialog();
    if (!a || !which || this.reason().trim().length < 2) return;
    if (which === 'rescore' && (!this.sheetId() || !this.rowsValid())) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const updated = which === 'reject'
        ? await this.api.invoke(appealReject, { id: a.id, body: { reason: this.reason().trim() } })
        : await this.api.invoke(appealRescore, {
          id: a.id,
          body: {
            sheetId: this.sheetId(), reason: this.reason().trim(),
            scores: this.rows().map(r => ({ indicatorCode: r.code, score: r.score!, comment: r.comment.trim() || null })),
          },
        });
      this.appeal.set(updated);
      this.dialog.set(null);
      this.message.success(this.i18n.t(which === 'reject' ? 'appeals.rejected' : 'appeals.rescored'));
    } catch (e) {
      this.error.set(readProblem(e)?.title ?? this.i18n.t('error.title'));
    } finally {
      this.busy.set(false);
    }
  }

  /** The sheet's indicators the appeal names (all of the sheet's when it names none), pre-filled with the old scores. */
  private rowsFor(sheet: ScoreSheetDto): RescoreRow[] {
    const named = new Set((this.current()?.indicatorCodes ?? []).map(c => c.toLowerCase()));
    return sheet.indicators
      .filter(i => !named.size || named.has(i.code.toLowerCase()))
      .map(i => {
        const old = sheet.scores.find(s => s.indicatorCode.toLowerCase() === i.code.toLowerCase());
        return { code: i.code, name: i.name, max: i.maxScore, old: old?.score ?? null, score: old?.score ?? null, comment: '' };
      });
  }
}
