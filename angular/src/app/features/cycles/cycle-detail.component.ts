import { Component, DestroyRef, computed, effect, inject, input, resource, signal, untracked } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { AuthService } from '../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { I18nService } from '../../core/i18n/i18n.service';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import {
  assessmentTemplateGet, evaluationCycleCancel, evaluationCycleClose, evaluationCycleCompile, evaluationCycleCompleteCalibration,
  evaluationCycleFinalize, evaluationCycleGet, evaluationCycleGetList, evaluationCycleGetProgress, evaluationCycleGetScoringProgress, evaluationCycleOpen, evaluationCyclePublish,
} from '../../proxy/functions';
import { CompileProgressDto, EvaluationCycleDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { CycleAction, STEPS, allowedActions, compileFinished, compileView, hasResults, stepIndex } from './cycle-rules';
import { ResultsPanelComponent } from './results/results-panel.component';
import { scoringByCommunity, scoringTotals } from './scoring-progress';
import { STATUS_COLOR } from './status-color';

const POLL_MS = 1500;

/**
 * One cycle: its state machine as steps, its schedule, the moves the state and the user's permissions
 * allow (each confirmed), compile progress polled while the job runs, and the results tab.
 */
@Component({
  selector: 'gs-cycle-detail',
  imports: [SHARED_IMPORTS, NzStepsModule, NzProgressModule, NzTabsModule, NzModalModule, ResultsPanelComponent],
  templateUrl: './cycle-detail.component.html',
})
export class CycleDetailComponent {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = P;
  protected readonly steps = STEPS;
  protected readonly color = STATUS_COLOR;
  readonly id = input.required<string>();

  protected readonly cycle = resource({ params: () => this.id(), loader: ({ params: id }) => this.api.invoke(evaluationCycleGet, { id }) });
  protected readonly current = computed(() => (this.cycle.hasValue() ? this.cycle.value() : undefined));
  protected readonly template = resource({
    params: () => this.current()?.templateId,
    loader: ({ params: id }) => this.api.invoke(assessmentTemplateGet, { id }),
  });
  /** Names of the earlier cycles an annual cycle combines. */
  protected readonly componentNames = resource({
    params: () => (this.current()?.components.length ? this.current()!.streetId : undefined),
    loader: async ({ params: StreetId }) =>
      new Map((await this.api.invoke(evaluationCycleGetList, { StreetId, MaxResultCount: 1000 })).items.map(c => [c.id, c.name])),
  });

  /** Per community: sheets submitted of all, once the cycle has opened (sheets exist from then on). */
  protected readonly scoring = resource({
    params: () => { const c = this.current(); return c && c.openedAt ? c.id : undefined; },
    loader: async ({ params: id }) => scoringByCommunity(await this.api.invoke(evaluationCycleGetScoringProgress, { id })),
  });
  protected readonly scoringTotal = computed(() => scoringTotals(this.scoring.hasValue() ? this.scoring.value() : []));

  protected readonly step = computed(() => { const c = this.current(); return c ? stepIndex(c.status, c.openedAt) : 0; });
  protected readonly actions = computed(() => { const c = this.current(); return c ? allowedActions(c.status, p => this.auth.isGranted(p)) : []; });
  protected readonly showResults = computed(() => { const c = this.current(); return !!c && hasResults(c.status) && this.auth.isGranted(P.AssessmentResults.Default); });
  protected readonly ownWeight = computed(() => 100 - (this.current()?.components ?? []).reduce((s, c) => s + c.weight, 0));

  /** The action waiting for confirmation in the dialog. */
  protected readonly confirming = signal<CycleAction | null>(null);
  protected readonly cancelReason = signal('');
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);

  protected readonly progress = signal<CompileProgressDto | null>(null);
  protected readonly compileBar = computed(() => compileView(this.progress()));
  protected readonly compiling = signal(false);
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
    // Opening the page while a compile runs (e.g. after a reload) picks the bar up again.
    effect(() => {
      const c = this.current();
      if (c && !this.compiling() && c.status === 'Closed' && c.compileTotal > 0 && c.compileDone < c.compileTotal) untracked(() => void this.followCompile(c.compiledAt));
    });
  }

  protected ask(action: CycleAction): void {
    this.actionError.set(null);
    this.cancelReason.set('');
    this.confirming.set(action);
  }

  protected close(): void {
    if (!this.busy()) this.confirming.set(null);
  }

  protected async confirm(): Promise<void> {
    const action = this.confirming();
    const c = this.current();
    if (!action || !c) return;
    if (action === 'cancel' && this.cancelReason().trim().length < 2) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      if (action === 'compile') {
        this.progress.set(await this.api.invoke(evaluationCycleCompile, { id: c.id }));
        this.confirming.set(null);
        void this.followCompile(c.compiledAt);
        return;
      }
      const updated = await this.run(action, c);
      this.cycle.set(updated);
      this.confirming.set(null);
      this.message.success(this.i18n.t('cycles.moved', { status: this.i18n.tryT(`cycles.state.${updated.status}`) }));
    } catch (e) {
      this.actionError.set(readProblem(e)?.title ?? this.i18n.t('error.title'));
    } finally {
      this.busy.set(false);
    }
  }

  private run(action: Exclude<CycleAction, 'compile'>, c: EvaluationCycleDto): Promise<EvaluationCycleDto> {
    const id = c.id;
    switch (action) {
      case 'open': return this.api.invoke(evaluationCycleOpen, { id });
      case 'close': return this.api.invoke(evaluationCycleClose, { id });
      case 'completeCalibration': return this.api.invoke(evaluationCycleCompleteCalibration, { id });
      case 'publish': return this.api.invoke(evaluationCyclePublish, { id });
      case 'finalize': return this.api.invoke(evaluationCycleFinalize, { id });
      case 'cancel': return this.api.invoke(evaluationCycleCancel, { id, body: { reason: this.cancelReason().trim() } });
    }
  }

  /** Polls GET {id}/progress until the run the user started has finished, then reloads the cycle. */
  private async followCompile(compiledAtBefore: string | null): Promise<void> {
    if (this.compiling()) return;
    this.compiling.set(true);
    const id = this.id();
    try {
      while (!this.destroyed) {
        const p = await this.api.invoke(evaluationCycleGetProgress, { id });
        this.progress.set(p);
        if (p.status === 'Compiled' && p.done >= p.total) {
          const fresh = await this.api.invoke(evaluationCycleGet, { id });
          if (compileFinished(p, compiledAtBefore, fresh.compiledAt)) {
            this.cycle.set(fresh);
            this.message.success(this.i18n.t('cycles.compiled', { total: p.total }));
            break;
          }
        } else if (p.status !== 'Closed' && p.status !== 'Compiled') {
          this.cycle.reload();
          break;
        }
        await new Promise(resolve => setTimeout(resolve, POLL_MS));
      }
    } catch {
      // The error interceptor has said why; the bar stops rather than freezing silently.
    } finally {
      this.compiling.set(false);
    }
  }
}
