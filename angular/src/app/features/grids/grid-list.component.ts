import { Component, inject, resource, signal } from '@angular/core';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { communityGetList, gridGetList } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';

/** Grids in the user's scope: search, filter by community, server-side paging and sorting. */
@Component({
  selector: 'gs-grid-list',
  imports: [SHARED_IMPORTS],
  templateUrl: './grid-list.component.html',
})
export class GridListComponent {
  private readonly api = inject(Api);
  protected readonly P = P;

  protected readonly filter = signal('');
  protected readonly communityId = signal<string | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly sorting = signal<string | undefined>(undefined);

  protected readonly communities = resource({
    loader: () => this.api.invoke(communityGetList, { MaxResultCount: 1000 }),
  });

  protected readonly page = resource({
    params: () => ({
      Filter: this.filter() || undefined,
      CommunityId: this.communityId() ?? undefined,
      SkipCount: (this.pageIndex() - 1) * this.pageSize(),
      MaxResultCount: this.pageSize(),
      Sorting: this.sorting(),
    }),
    loader: ({ params }) => this.api.invoke(gridGetList, params),
  });

  protected search(value: string): void {
    this.pageIndex.set(1);
    this.filter.set(value.trim());
  }

  protected selectCommunity(id: string | null): void {
    this.pageIndex.set(1);
    this.communityId.set(id);
  }

  protected onQuery(params: NzTableQueryParams): void {
    const sort = params.sort.find(s => s.value);
    this.sorting.set(sort ? `${sort.key}${sort.value === 'descend' ? ' desc' : ''}` : undefined);
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
  }
}
