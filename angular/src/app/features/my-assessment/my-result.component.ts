import { Component, DestroyRef, computed, inject, input, resource, signal } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslationKey } from '../../core/i18n/zh-CN';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { appealGetList, myAssessmentGetResult } from '../../proxy/functions';
import { Grade, RaterCommentDto, RaterGroupKind } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { serverTime } from '../../shared/server-time';
import { AppealFormComponent } from './appeal-form.component';
import { MyAppealsComponent } from './my-appeals.component';
import { gradeColor, trendChartOptions } from './trend-chart';

/**
 * One published result: total, grade of record, each rater group's score and weight, the indicator
 * breakdown, comments by group only (peers stay anonymous), the trend, and the appeal. No rank.
 */
@Component({
  selector: 'gs-my-result',
  imports: [SHARED_IMPORTS, NgxEchartsDirective, AppealFormComponent, MyAppealsComponent],
  templateUrl: './my-result.component.html',
})
export class MyResultComponent {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18nService);
  protected readonly gradeColor = gradeColor;
  protected readonly serverTime = serverTime;
  readonly cycleId = input.required<string>();

  protected readonly result = resource({
    params: () => this.cycleId(),
    loader: ({ params: cycleId }) => this.api.invoke(myAssessmentGetResult, { cycleId }),
  });
  protected readonly value = computed(() => (this.result.hasValue() ? this.result.value() : null));
  protected readonly errorStatus = computed(() => (this.result.error() ? readProblem(this.result.error())?.status ?? 0 : null));

  /** Bumped after filing so the appeal lists reload. */
  protected readonly appealsVersion = signal(0);
  protected readonly myAppeal = resource({
    params: () => ({ cycleId: this.cycleId(), v: this.appealsVersion() }),
    loader: ({ params }) => this.api.invoke(appealGetList, { CycleId: params.cycleId, MaxResultCount: 10 }),
  });
  protected readonly hasAppealed = computed(() => (this.myAppeal.hasValue() ? this.myAppeal.value().items.length > 0 : false));

  protected readonly now = signal(Date.now());
  protected readonly windowEnd = computed(() => serverTime(this.value()?.appealWindowEndsAt));

  protected readonly chart = computed(() => {
    const r = this.value();
    return r && r.trend.length > 0 ? trendChartOptions(r.trend, { total: this.i18n.t('my.total'), grade: g => this.gradeName(g) }) : null;
  });

  /** Comments grouped by rater group, in the server's order (which says nothing of who wrote them). */
  protected readonly commentGroups = computed(() => {
    const groups = new Map<RaterGroupKind, RaterCommentDto[]>();
    for (const c of this.value()?.comments ?? []) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
    return [...groups.entries()].map(([group, comments]) => ({ group, comments }));
  });

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected gradeName(grade: Grade): string {
    return this.i18n.t(`my.gradeName.${grade}` as TranslationKey);
  }

  protected percent(value: number): string {
    return `${this.i18n.number(value, '1.0-1')}%`;
  }

  protected filed(): void {
    this.appealsVersion.update(v => v + 1);
  }
}
