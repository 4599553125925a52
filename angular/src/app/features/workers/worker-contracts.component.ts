import { Component, input } from '@angular/core';
import { WorkerContractDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';

/** A worker's labour contracts; used by the register and by "my profile". */
@Component({
  selector: 'gs-worker-contracts',
  imports: [SHARED_IMPORTS],
  template: `
    <nz-table #ct [nzData]="contracts()" nzSize="small" [nzShowPagination]="false" [nzLoading]="loading()"
              [nzNoResult]="'workerContracts.empty' | t" data-testid="worker-contracts">
      <thead><tr>
        <th scope="col">{{ 'worker.contractSeq' | t }}</th><th scope="col">{{ 'worker.contractKind' | t }}</th>
        <th scope="col">{{ 'worker.startOn' | t }}</th><th scope="col">{{ 'worker.endOn' | t }}</th><th scope="col">{{ 'worker.probationEndOn' | t }}</th>
      </tr></thead>
      <tbody>
        @for (c of ct.data; track c.id) {
          <tr [attr.data-contract]="c.sequence">
            <td>{{ c.sequence }}</td><td>{{ ('contractKind.' + c.kind) | tt }}</td><td>{{ c.startOn | localDate }}</td>
            <td>{{ c.endOn ? (c.endOn | localDate) : ('workerContracts.noEnd' | t) }}</td><td>{{ c.probationEndOn | localDate }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
})
export class WorkerContractsComponent {
  readonly contracts = input<readonly WorkerContractDto[]>([]);
  readonly loading = input(false);
}
