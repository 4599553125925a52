import { Component, inject, signal } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { Api } from '../../proxy/api';
import { workerRosterImport } from '../../proxy/functions';
import { WorkerImportResultDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';

/**
 * Roster import (.xlsx): all-or-nothing by default, or valid rows only; the server's row-by-row
 * report (row, column, reason) is shown as a table. The button shows progress while the file uploads
 * and the server checks it.
 */
@Component({
  selector: 'gs-roster-import',
  imports: [SHARED_IMPORTS],
  templateUrl: './roster-import.component.html',
})
export class RosterImportComponent {
  private readonly api = inject(Api);
  protected readonly i18n = inject(I18nService);
  protected readonly file = signal<File | null>(null);
  protected readonly validRowsOnly = signal(false);
  protected readonly busy = signal(false);
  protected readonly result = signal<WorkerImportResultDto | null>(null);

  protected pick(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.result.set(null);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    try {
      this.result.set(await this.api.invoke(workerRosterImport, { ValidRowsOnly: this.validRowsOnly(), body: { file } }));
    } catch {
      // The error interceptor has shown the ProblemDetails.
    } finally {
      this.busy.set(false);
    }
  }
}
