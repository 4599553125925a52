import { Component, computed, inject, input, resource } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { communityGetList, gridGetList, workerGet, workerGetContracts, workerGetHistory, workerGetPosts } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';
import { WorkerActionsComponent } from './actions/worker-actions.component';
import { HistoryNames } from './history-event';
import { RevealedPersonalData } from './personal-data';
import { WorkerContractsComponent } from './worker-contracts.component';
import { WorkerHistoryComponent } from './worker-history.component';

/** One worker: profile (masked unless revealed), street HR's actions, history timeline, contracts. */
@Component({
  selector: 'gs-worker-detail',
  imports: [SHARED_IMPORTS, WorkerActionsComponent, WorkerHistoryComponent, WorkerContractsComponent],
  providers: [RevealedPersonalData],
  templateUrl: './worker-detail.component.html',
})
export class WorkerDetailComponent {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  protected readonly personal = inject(RevealedPersonalData);
  protected readonly P = P;
  readonly id = input.required<string>();

  protected readonly worker = resource({ params: () => this.id(), loader: ({ params: id }) => this.api.invoke(workerGet, { id }) });
  private readonly workerId = computed(() => (this.worker.hasValue() ? this.worker.value().id : undefined));
  protected readonly history = resource({ params: () => this.workerId(), loader: ({ params: id }) => this.api.invoke(workerGetHistory, { id }) });
  protected readonly contracts = resource({ params: () => this.workerId(), loader: ({ params: id }) => this.api.invoke(workerGetContracts, { id }) });

  // Names for ids in the record and its history (all in the viewer's scope, applied by the server).
  private readonly communities = resource({ loader: () => this.api.invoke(communityGetList, { MaxResultCount: 1000 }) });
  private readonly grids = resource({
    params: () => (this.worker.hasValue() ? this.worker.value().streetId : undefined),
    loader: ({ params: streetId }) => this.api.invoke(gridGetList, { StreetId: streetId, MaxResultCount: 1000 }),
  });
  private readonly posts = resource({
    params: () => (this.worker.hasValue() && this.auth.isGranted(P.Posts.Default) ? this.worker.value().streetId : undefined),
    loader: ({ params: streetId }) => this.api.invoke(workerGetPosts, { streetId }),
  });
  protected readonly names = computed<HistoryNames>(() => ({
    communities: new Map((this.communities.hasValue() ? this.communities.value().items : []).map(c => [c.id, c.name])),
    grids: new Map((this.grids.hasValue() ? this.grids.value().items : []).map(g => [g.id, g.name])),
    posts: new Map((this.posts.hasValue() ? this.posts.value() : []).map(p => [p.id, p.name])),
  }));
  protected readonly gridNames = computed(() =>
    (this.worker.hasValue() ? this.worker.value().gridIds : []).map(id => this.names().grids?.get(id) ?? '').filter(Boolean).join('、'));

  protected readonly failed = computed(() => !!this.worker.error());

  /** After an accepted action: the record, its history and contracts all change. */
  protected refresh(): void {
    this.worker.reload();
    this.history.reload();
    this.contracts.reload();
  }
}
