import { Component, computed, inject, resource, signal } from '@angular/core';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { assessmentTemplateGetList, streetGetList } from '../../proxy/functions';
import { AssessmentTemplateDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { indicatorsOf } from './template-rules';

/** The street's templates, newest version of each code; a row expands to its version history. */
@Component({
  selector: 'gs-template-list',
  imports: [SHARED_IMPORTS],
  templateUrl: './template-list.component.html',
})
export class TemplateListComponent {
  private readonly api = inject(Api);
  protected readonly P = P;

  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly sorting = signal<string | undefined>(undefined);
  /** Row key (street + code) → its versions, loaded on first expansion. */
  protected readonly expanded = signal<Record<string, AssessmentTemplateDto[] | 'loading'>>({});

  protected readonly page = resource({
    params: () => ({ LatestOnly: true, SkipCount: (this.pageIndex() - 1) * this.pageSize(), MaxResultCount: this.pageSize(), Sorting: this.sorting() }),
    loader: ({ params }) => this.api.invoke(assessmentTemplateGetList, params),
  });
  protected readonly streets = resource({ loader: () => this.api.invoke(streetGetList, { MaxResultCount: 1000 }) });
  protected readonly streetName = computed(() => new Map((this.streets.hasValue() ? this.streets.value().items : []).map(s => [s.id, s.name])));
  protected readonly manyStreets = computed(() => this.streetName().size > 1);

  protected key(t: AssessmentTemplateDto): string { return `${t.streetId}/${t.code}`; }
  protected indicatorCount(t: AssessmentTemplateDto): number { return indicatorsOf(t.definition).length; }

  protected onQuery(params: NzTableQueryParams): void {
    const sort = params.sort.find(s => s.value);
    this.sorting.set(sort ? `${sort.key}${sort.value === 'descend' ? ' desc' : ''}` : undefined);
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
  }

  protected async toggle(t: AssessmentTemplateDto, open: boolean): Promise<void> {
    const key = this.key(t);
    if (!open) { this.expanded.update(e => { const { [key]: _, ...rest } = e; return rest; }); return; }
    this.expanded.update(e => ({ ...e, [key]: 'loading' }));
    try {
      const versions = await this.api.invoke(assessmentTemplateGetList, { StreetId: t.streetId, Code: t.code, Sorting: 'version desc', MaxResultCount: 1000 });
      this.expanded.update(e => ({ ...e, [key]: versions.items }));
    } catch {
      this.expanded.update(e => { const { [key]: _, ...rest } = e; return rest; });
    }
  }

  protected versions(t: AssessmentTemplateDto): AssessmentTemplateDto[] | 'loading' | undefined {
    return this.expanded()[this.key(t)];
  }
}
