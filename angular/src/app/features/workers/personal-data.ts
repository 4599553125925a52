import { Injectable, inject, signal } from '@angular/core';
import { Api } from '../../proxy/api';
import { workerRevealPersonalData } from '../../proxy/functions';
import { WorkerPersonalDataDto } from '../../proxy/models';

/**
 * Clear ID numbers and phones, fetched one worker at a time on request (each reveal is audited by
 * the server) and kept only in memory for this page's lifetime.
 */
@Injectable()
export class RevealedPersonalData {
  private readonly api = inject(Api);
  private readonly revealed = signal<ReadonlyMap<string, WorkerPersonalDataDto>>(new Map());

  get(workerId: string): WorkerPersonalDataDto | undefined {
    return this.revealed().get(workerId);
  }

  async reveal(workerId: string): Promise<void> {
    const data = await this.api.invoke(workerRevealPersonalData, { id: workerId });
    this.revealed.update(map => new Map(map).set(workerId, data));
  }
}
