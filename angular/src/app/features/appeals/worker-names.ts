import { Injectable, inject } from '@angular/core';
import { Api } from '../../proxy/api';
import { assessmentResultGetList } from '../../proxy/functions';
import { AssessmentResultDto } from '../../proxy/models';

/**
 * An appeal names a worker by id only; their name and result come from the cycle's results (which
 * street HR may read), fetched once per cycle and kept for the page.
 */
@Injectable()
export class CycleResults {
  private readonly api = inject(Api);
  private readonly cache = new Map<string, Promise<Map<string, AssessmentResultDto>>>();

  byWorker(cycleId: string): Promise<Map<string, AssessmentResultDto>> {
    let entry = this.cache.get(cycleId);
    if (!entry) {
      entry = this.api.invoke(assessmentResultGetList, { CycleId: cycleId, MaxResultCount: 1000 })
        .then(page => new Map(page.items.map(r => [r.workerId, r])));
      entry.catch(() => this.cache.delete(cycleId));
      this.cache.set(cycleId, entry);
    }
    return entry;
  }
}
