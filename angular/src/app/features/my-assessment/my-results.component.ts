import { HttpContext } from '@angular/common/http';
import { Component, computed, inject, input, resource } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslationKey } from '../../core/i18n/zh-CN';
import { SILENT_ERRORS } from '../../core/net/http-context';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { myAssessmentGetResults } from '../../proxy/functions';
import { Grade } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { MyAppealsComponent } from './my-appeals.component';
import { gradeColor, trendChartOptions } from './trend-chart';

/** My published results over cycles, their trend, and my appeals. Never a rank (DOMAIN.md §6). */
@Component({
  selector: 'gs-my-results',
  imports: [SHARED_IMPORTS, NgxEchartsDirective, MyAppealsComponent],
  templateUrl: './my-results.component.html',
})
export class MyResultsComponent {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18nService);
  protected readonly gradeColor = gradeColor;
  /** Query parameter from an "appeal answered" notification: the appeal to highlight. */
  readonly appeal = input<string>();

  protected readonly results = resource({
    loader: async () => {
      try {
        return await this.api.invoke(myAssessmentGetResults, undefined, new HttpContext().set(SILENT_ERRORS, true));
      } catch (e) {
        // 404: the user has no worker record (an administrator); that is "no results", not an error.
        if (readProblem(e)?.status === 404) return [];
        throw e;
      }
    },
  });
  protected readonly items = computed(() => (this.results.hasValue() ? this.results.value() : []));

  protected readonly chart = computed(() => this.items().length === 0 ? null : trendChartOptions(this.items(), {
    total: this.i18n.t('my.total'),
    grade: g => this.gradeName(g),
  }));

  protected gradeName(grade: Grade): string {
    return this.i18n.t(`my.gradeName.${grade}` as TranslationKey);
  }
}
