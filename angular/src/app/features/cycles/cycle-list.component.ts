import { Component, inject, resource, signal } from '@angular/core';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { evaluationCycleGetList } from '../../proxy/functions';
import { EvaluationCycleStatus } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { STATUSES } from './cycle-rules';
import { STATUS_COLOR } from './status-color';
import { labelSelectInputs } from '../assessment-templates/select-labels';

/** The street's assessment cycles, newest period first, filtered by status. */
@Component({
  selector: 'gs-cycle-list',
  imports: [SHARED_IMPORTS],
  templateUrl: './cycle-list.component.html',
})
export class CycleListComponent {
  private readonly api = inject(Api);
  protected readonly P = P;
  protected readonly statuses = STATUSES;
  protected readonly color = STATUS_COLOR;

  protected readonly status = signal<EvaluationCycleStatus | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly sorting = signal('periodStart desc');

  protected readonly page = resource({
    params: () => ({
      Status: this.status() ?? undefined,
      SkipCount: (this.pageIndex() - 1) * this.pageSize(),
      MaxResultCount: this.pageSize(),
      Sorting: this.sorting(),
    }),
    loader: ({ params }) => this.api.invoke(evaluationCycleGetList, params),
  });

  constructor() {
    labelSelectInputs();
  }

  protected selectStatus(status: EvaluationCycleStatus | null): void {
    this.pageIndex.set(1);
    this.status.set(status);
  }

  protected onQuery(params: NzTableQueryParams): void {
    const sort = params.sort.find(s => s.value);
    this.sorting.set(sort ? `${sort.key}${sort.value === 'descend' ? ' desc' : ''}` : 'periodStart desc');
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
  }
}
