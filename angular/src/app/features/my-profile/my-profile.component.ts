import { Component, inject, resource } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { Api } from '../../proxy/api';
import { myWorkerGet, myWorkerGetContracts, myWorkerGetHistory } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';
import { WorkerContractsComponent } from '../workers/worker-contracts.component';
import { WorkerHistoryComponent } from '../workers/worker-history.component';

/**
 * The signed-in worker's own record (GET /api/app/my/worker), history and contracts: read only, ID
 * number and phone masked (a worker has no reveal permission; their full data is on their own card).
 */
@Component({
  selector: 'gs-my-profile',
  imports: [SHARED_IMPORTS, WorkerHistoryComponent, WorkerContractsComponent],
  templateUrl: './my-profile.component.html',
})
export class MyProfileComponent {
  private readonly api = inject(Api);
  protected readonly scope = inject(AuthService).profile()?.scope;

  protected readonly me = resource({ loader: () => this.api.invoke(myWorkerGet) });
  protected readonly history = resource({ loader: () => this.api.invoke(myWorkerGetHistory) });
  protected readonly contracts = resource({ loader: () => this.api.invoke(myWorkerGetContracts) });
}
