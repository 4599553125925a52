import { Component, computed, inject, input, resource, signal } from '@angular/core';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NgxEchartsDirective } from 'ngx-echarts';
import { AuthService } from '../../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../../core/auth/permissions';
import { I18nService } from '../../../core/i18n/i18n.service';
import { readProblem } from '../../../core/net/problem-details';
import { Api } from '../../../proxy/api';
import {
  assessmentResultCalibrate, assessmentResultGetDistribution, assessmentResultGetList, assessmentTemplateGet, communityGetList,
} from '../../../proxy/functions';
import { AssessmentResultDto, EvaluationCycleDto, Grade } from '../../../proxy/models';
import { SHARED_IMPORTS } from '../../../shared';
import { indicatorsOf } from '../../assessment-templates/template-rules';
import { canCalibrate } from '../cycle-rules';
import { GRADE_ORDER, gradeChartOptions, gradesByCommunity } from './grade-chart';
import { poolOf, quotaState } from './quota';
import { labelSelectInputs } from '../../assessment-templates/select-labels';

/**
 * A cycle's results. HR sees the whole street with ranks, the grade distribution, the excellent
 * quota and calibration; a director sees their community's results (the server scopes them) without
 * ranks. A calibration needs a written reason; a move past the quota is refused by the server and
 * the refusal is shown in the dialog.
 */
@Component({
  selector: 'gs-results-panel',
  imports: [SHARED_IMPORTS, NzDrawerModule, NzModalModule, NgxEchartsDirective],
  templateUrl: './results-panel.component.html',
  styles: ['.gs-chart { height: 320px; width: 100%; }'],
})
export class ResultsPanelComponent {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = P;
  protected readonly gradeList = GRADE_ORDER;

  readonly cycle = input.required<EvaluationCycleDto>();

  protected readonly rankings = computed(() => this.auth.isGranted(P.AssessmentResults.Rankings));
  protected readonly mayCalibrate = computed(() => this.auth.isGranted(P.AssessmentResults.Calibrate) && canCalibrate(this.cycle().status));

  protected readonly results = resource({
    params: () => ({ CycleId: this.cycle().id, MaxResultCount: 1000, Sorting: this.rankings() ? 'rankInStreet' : undefined }),
    loader: ({ params }) => this.api.invoke(assessmentResultGetList, params),
  });
  protected readonly distribution = resource({
    params: () => (this.auth.isGranted(P.AssessmentResults.Calibrate) ? this.cycle().id : undefined),
    loader: ({ params: cycleId }) => this.api.invoke(assessmentResultGetDistribution, { cycleId }),
  });
  protected readonly communities = resource({ loader: () => this.api.invoke(communityGetList, { MaxResultCount: 1000 }) });
  protected readonly template = resource({
    params: () => this.cycle().templateId,
    loader: ({ params: id }) => this.api.invoke(assessmentTemplateGet, { id }),
  });

  protected readonly communityName = computed(() => new Map((this.communities.hasValue() ? this.communities.value().items : []).map(c => [c.id, c.name])));
  /** The template's own labels ("优秀" or "优秀 / 称职" …), falling back to ours. */
  protected readonly gradeLabel = computed(() => {
    const bands = this.template.hasValue() ? this.template.value().definition.gradeBands : [];
    return Object.fromEntries(GRADE_ORDER.map(g => [g, bands.find(b => b.grade === g)?.label || this.i18n.tryT(`results.grade.${g}`, g)])) as Record<Grade, string>;
  });
  protected readonly templateGrades = computed(() => {
    const bands = this.template.hasValue() ? this.template.value().definition.gradeBands : [];
    return GRADE_ORDER.filter(g => bands.some(b => b.grade === g));
  });
  protected readonly indicatorName = computed(() =>
    new Map(this.template.hasValue() ? indicatorsOf(this.template.value().definition).map(i => [i.code, i.name]) : []));

  protected readonly communityFilter = signal<string | null>(null);
  protected readonly gradeFilter = signal<Grade | null>(null);
  protected readonly all = computed(() => (this.results.hasValue() ? this.results.value().items : []));
  protected readonly rows = computed(() => this.all().filter(r =>
    (!this.communityFilter() || r.communityId === this.communityFilter()) && (!this.gradeFilter() || r.grade === this.gradeFilter())));
  protected readonly resultCommunities = computed(() => gradesByCommunity(this.all(), this.communityName()));
  protected readonly chart = computed(() =>
    this.all().length ? gradeChartOptions(this.resultCommunities(), this.gradeLabel(), this.i18n.t('results.workers')) : null);
  protected readonly pools = computed(() => (this.distribution.hasValue() ? this.distribution.value().pools : []).map(p => ({
    ...p, state: quotaState(p), name: p.pool === 'street' ? this.i18n.t('results.streetPool') : this.communityName().get(p.pool) ?? p.pool,
  })));

  // Breakdown drawer
  protected readonly shown = signal<AssessmentResultDto | null>(null);

  // Calibration dialog
  protected readonly calibrating = signal<AssessmentResultDto | null>(null);
  protected readonly newGrade = signal<Grade | null>(null);
  protected readonly reason = signal('');
  protected readonly saving = signal(false);
  protected readonly calibrateError = signal<string | null>(null);
  protected readonly calibrationPool = computed(() => {
    const r = this.calibrating();
    const pools = this.distribution.hasValue() ? this.distribution.value().pools : [];
    return r ? poolOf(pools, r.communityId) : undefined;
  });

  constructor() {
    labelSelectInputs();
  }

  protected startCalibration(r: AssessmentResultDto): void {
    this.calibrating.set(r);
    this.newGrade.set(r.grade);
    this.reason.set(r.calibrationReason ?? '');
    this.calibrateError.set(null);
  }

  protected closeCalibration(): void {
    if (!this.saving()) this.calibrating.set(null);
  }

  protected async calibrate(): Promise<void> {
    const r = this.calibrating();
    const grade = this.newGrade();
    if (!r || !grade || this.reason().trim().length < 2) return;
    this.saving.set(true);
    this.calibrateError.set(null);
    try {
      await this.api.invoke(assessmentResultCalibrate, { id: r.id, body: { grade, reason: this.reason().trim() } });
      this.message.success(this.i18n.t('results.calibrated'));
      this.calibrating.set(null);
      this.results.reload();
      this.distribution.reload();
    } catch (e) {
      const problem = readProblem(e);
      this.calibrateError.set(
        problem?.code === 'GridStaff:Calibration:QuotaExceeded' ? this.i18n.t('results.quotaRefused', { detail: problem.title ?? '' })
        : problem?.title ?? this.i18n.t('error.title'));
    } finally {
      this.saving.set(false);
    }
  }
}
