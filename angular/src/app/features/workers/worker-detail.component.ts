import { Component, computed, inject, input, resource } from '@angular/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { communityGet, workerGet, workerGetContracts, workerGetHistory } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';
import { RevealedPersonalData } from './personal-data';

/** One worker: profile (masked unless revealed), history timeline, contracts. */
@Component({
  selector: 'gs-worker-detail',
  imports: [SHARED_IMPORTS, NzTimelineModule],
  providers: [RevealedPersonalData],
  templateUrl: './worker-detail.component.html',
})
export class WorkerDetailComponent {
  private readonly api = inject(Api);
  protected readonly personal = inject(RevealedPersonalData);
  protected readonly P = P;
  readonly id = input.required<string>();

  protected readonly worker = resource({ params: () => this.id(), loader: ({ params: id }) => this.api.invoke(workerGet, { id }) });
  protected readonly community = resource({
    params: () => (this.worker.hasValue() ? this.worker.value().communityId : undefined),
    loader: ({ params: id }) => this.api.invoke(communityGet, { id }),
  });
  protected readonly history = resource({
    params: () => (this.worker.hasValue() ? this.worker.value().id : undefined),
    loader: ({ params: id }) => this.api.invoke(workerGetHistory, { id }),
  });
  protected readonly contracts = resource({
    params: () => (this.worker.hasValue() ? this.worker.value().id : undefined),
    loader: ({ params: id }) => this.api.invoke(workerGetContracts, { id }),
  });
  protected readonly failed = computed(() => !!this.worker.error());
}
