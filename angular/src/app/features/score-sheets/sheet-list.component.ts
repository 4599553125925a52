import { Component, computed, inject, resource } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { Api } from '../../proxy/api';
import { evaluationCycleGet } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';
import { serverTime } from '../../shared/server-time';
import { CountdownComponent } from './countdown.component';
import { loadAllSheets, sheetSets } from './sheets';

/** The sheets assigned to me, one line per cycle and rater group, each opening the scoring grid. */
@Component({
  selector: 'gs-sheet-list',
  imports: [SHARED_IMPORTS, CountdownComponent],
  templateUrl: './sheet-list.component.html',
})
export class SheetListComponent {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);

  protected readonly sheets = resource({ loader: () => loadAllSheets(this.api) });
  protected readonly sets = computed(() => sheetSets(this.sheets.hasValue() ? this.sheets.value() : []).map(s => ({
    ...s, deadlineAt: serverTime(s.deadline), closed: serverTime(s.deadline).getTime() <= Date.now(),
  })));

  /** Cycle names, where the user may read cycles (workers may not: they see the deadline instead). */
  protected readonly cycleNames = resource({
    params: () => ({ ids: [...new Set(this.sets().map(s => s.cycleId))] }),
    loader: async ({ params }) => {
      if (!this.auth.isGranted(P.EvaluationCycles.Default)) return new Map<string, string>();
      const cycles = await Promise.all(params.ids.map(id => this.api.invoke(evaluationCycleGet, { id }).catch(() => null)));
      return new Map(cycles.filter(c => c !== null).map(c => [c.id, c.name]));
    },
  });

  protected cycleName(id: string): string | undefined {
    return this.cycleNames.hasValue() ? this.cycleNames.value().get(id) : undefined;
  }
}
