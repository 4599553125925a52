import { Component, inject, resource, signal } from '@angular/core';
import { Api } from '../../proxy/api';
import { gridTaskItemGetList } from '../../proxy/functions';
import { GridTaskCategory } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';

/** The street's list of tasks admitted into grids (网格事项准入清单): read-only here. */
@Component({
  selector: 'gs-task-list',
  imports: [SHARED_IMPORTS],
  templateUrl: './task-list.component.html',
})
export class TaskListComponent {
  private readonly api = inject(Api);
  protected readonly categories: GridTaskCategory[] = ['InformationCollection', 'SafetyInspection', 'ConflictMediation', 'PublicService', 'PartyBuilding', 'Other'];
  protected readonly filter = signal('');
  protected readonly category = signal<GridTaskCategory | null>(null);

  protected readonly items = resource({
    params: () => ({ Filter: this.filter() || undefined, Category: this.category() ?? undefined, MaxResultCount: 1000 }),
    loader: ({ params }) => this.api.invoke(gridTaskItemGetList, params),
  });
}
