import { Component, computed, inject, resource, signal } from '@angular/core';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { communityGetList, workerGetList } from '../../proxy/functions';
import { WorkerStatus } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { RevealedPersonalData } from './personal-data';
import { RosterImportComponent } from './roster-import.component';

/** The worker register in the user's scope: ID numbers and phones masked; revealed per worker with permission. */
@Component({
  selector: 'gs-worker-list',
  imports: [SHARED_IMPORTS, RosterImportComponent],
  providers: [RevealedPersonalData],
  templateUrl: './worker-list.component.html',
})
export class WorkerListComponent {
  private readonly api = inject(Api);
  protected readonly personal = inject(RevealedPersonalData);
  protected readonly P = P;
  protected readonly statuses: WorkerStatus[] = ['Probation', 'Active', 'Suspended', 'Exited'];

  protected readonly filter = signal('');
  protected readonly status = signal<WorkerStatus | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);

  protected readonly communities = resource({ loader: () => this.api.invoke(communityGetList, { MaxResultCount: 1000 }) });
  protected readonly communityNames = computed(() =>
    new Map((this.communities.hasValue() ? this.communities.value().items : []).map(c => [c.id, c.name])));

  protected readonly page = resource({
    params: () => ({
      Filter: this.filter() || undefined,
      Status: this.status() ?? undefined,
      SkipCount: (this.pageIndex() - 1) * this.pageSize(),
      MaxResultCount: this.pageSize(),
    }),
    loader: ({ params }) => this.api.invoke(workerGetList, params),
  });

  protected search(value: string): void {
    this.pageIndex.set(1);
    this.filter.set(value.trim());
  }

  protected selectStatus(value: WorkerStatus | null): void {
    this.pageIndex.set(1);
    this.status.set(value);
  }

  protected onQuery(params: NzTableQueryParams): void {
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
  }
}
