import { Component, computed, inject, resource, signal } from '@angular/core';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { Api } from '../../proxy/api';
import { appealGetList, communityGetList, evaluationCycleGetList } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';
import { daysLeft, isOverdue } from './appeal-rules';
import { CycleResults } from './worker-names';
import { labelSelectInputs } from '../assessment-templates/select-labels';

export const APPEAL_STATUSES = ['Filed', 'Rejected', 'Rescored'] as const;
export const APPEAL_COLOR: Record<string, string> = { Filed: 'processing', Rejected: 'default', Rescored: 'green' };

/** Street HR's appeals queue: waiting ones first by answer deadline, overdue ones in red. */
@Component({
  selector: 'gs-appeal-list',
  imports: [SHARED_IMPORTS],
  providers: [CycleResults],
  templateUrl: './appeal-list.component.html',
})
export class AppealListComponent {
  private readonly api = inject(Api);
  private readonly results = inject(CycleResults);
  protected readonly statuses = APPEAL_STATUSES;
  protected readonly color = APPEAL_COLOR;
  protected readonly now = new Date();

  protected readonly status = signal<string | null>('Filed');
  protected readonly cycleId = signal<string | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly sorting = signal('answerDueAt');

  protected readonly cycles = resource({ loader: () => this.api.invoke(evaluationCycleGetList, { MaxResultCount: 1000, Sorting: 'periodStart desc' }) });
  protected readonly communities = resource({ loader: () => this.api.invoke(communityGetList, { MaxResultCount: 1000 }) });
  protected readonly cycleName = computed(() => new Map((this.cycles.hasValue() ? this.cycles.value().items : []).map(c => [c.id, c.name])));
  protected readonly communityName = computed(() => new Map((this.communities.hasValue() ? this.communities.value().items : []).map(c => [c.id, c.name])));

  protected readonly page = resource({
    params: () => ({
      Status: this.status() ?? undefined, CycleId: this.cycleId() ?? undefined,
      SkipCount: (this.pageIndex() - 1) * this.pageSize(), MaxResultCount: this.pageSize(), Sorting: this.sorting(),
    }),
    loader: ({ params }) => this.api.invoke(appealGetList, params),
  });
  /** workerId → name, from the results of the cycles on this page. */
  protected readonly names = resource({
    params: () => [...new Set((this.page.hasValue() ? this.page.value().items : []).map(a => a.cycleId))],
    loader: async ({ params: ids }) => {
      const maps = await Promise.all(ids.map(id => this.results.byWorker(id)));
      return new Map(maps.flatMap(m => [...m.values()].map(r => [r.workerId, r.workerName ?? ''] as const)));
    },
  });

  constructor() {
    labelSelectInputs();
  }

  protected overdue(status: string, due: string): boolean { return isOverdue(status, due, this.now); }
  protected daysLeft(due: string): number { return daysLeft(due, this.now); }
  protected nameOf(workerId: string): string { return (this.names.hasValue() ? this.names.value().get(workerId) : undefined) || '…'; }

  protected select(kind: 'status' | 'cycle', value: string | null): void {
    this.pageIndex.set(1);
    (kind === 'status' ? this.status : this.cycleId).set(value);
  }

  protected onQuery(params: NzTableQueryParams): void {
    const sort = params.sort.find(s => s.value);
    this.sorting.set(sort ? `${sort.key}${sort.value === 'descend' ? ' desc' : ''}` : 'answerDueAt');
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
  }
}
