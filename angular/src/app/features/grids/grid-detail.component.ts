import { Component, computed, inject, input, resource } from '@angular/core';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { readProblem } from '../../core/net/problem-details';
import { Api } from '../../proxy/api';
import { communityGet, gridGet, microGridGetList } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';

/** One grid with its micro-grids. Out of scope or missing: a readable "not found", not a blank page. */
@Component({
  selector: 'gs-grid-detail',
  imports: [SHARED_IMPORTS],
  templateUrl: './grid-detail.component.html',
})
export class GridDetailComponent {
  private readonly api = inject(Api);
  protected readonly P = P;
  readonly id = input.required<string>();

  protected readonly grid = resource({
    params: () => this.id(),
    loader: ({ params: id }) => this.api.invoke(gridGet, { id }),
  });
  protected readonly community = resource({
    params: () => (this.grid.hasValue() ? this.grid.value() : undefined)?.communityId,
    loader: ({ params: id }) => this.api.invoke(communityGet, { id }),
  });
  protected readonly microGrids = resource({
    params: () => (this.grid.hasValue() ? this.grid.value() : undefined)?.id,
    loader: ({ params: gridId }) => this.api.invoke(microGridGetList, { GridId: gridId, MaxResultCount: 1000 }),
  });
  protected readonly errorStatus = computed(() => (this.grid.error() ? readProblem(this.grid.error())?.status ?? 0 : null));
}
