import { Component, computed, inject, input, resource } from '@angular/core';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { assessmentTemplateGet } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';
import { groupWeightSum, indicatorsOf, ratedWeightSum } from './template-rules';

/** One template version, read only (versions are never edited; HR writes a new one). */
@Component({
  selector: 'gs-template-detail',
  imports: [SHARED_IMPORTS],
  templateUrl: './template-detail.component.html',
})
export class TemplateDetailComponent {
  private readonly api = inject(Api);
  protected readonly P = P;
  readonly id = input.required<string>();

  protected readonly template = resource({ params: () => this.id(), loader: ({ params: id }) => this.api.invoke(assessmentTemplateGet, { id }) });
  protected readonly definition = computed(() => (this.template.hasValue() ? this.template.value().definition : null));
  protected readonly indicatorCount = computed(() => (this.definition() ? indicatorsOf(this.definition()!).length : 0));
  protected readonly ratedSum = computed(() => ratedWeightSum(this.definition() ? indicatorsOf(this.definition()!) : []).sum);
  protected readonly groupSum = computed(() => groupWeightSum(this.definition()?.raterGroups ?? []).sum);
  protected readonly bands = computed(() => [...(this.definition()?.gradeBands ?? [])].sort((a, b) => (b.minScore ?? 0) - (a.minScore ?? 0)));
}
