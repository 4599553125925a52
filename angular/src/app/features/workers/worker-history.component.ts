import { Component, inject, input } from '@angular/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { I18nService } from '../../core/i18n/i18n.service';
import { WorkerEventDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { HistoryNames, eventDetails } from './history-event';

/** The effective-dated history as a timeline, newest first; used by the register and by "my profile". */
@Component({
  selector: 'gs-worker-history',
  imports: [SHARED_IMPORTS, NzTimelineModule],
  template: `
    @if (loading()) {
      <nz-spin nzSimple />
    } @else if (!events().length) {
      <nz-empty [nzNotFoundContent]="'workerHistory.empty' | t" />
    } @else {
      <nz-timeline>
        @for (e of newestFirst(); track e.id) {
          <!-- nz-timeline renders an item's content elsewhere: the test hook sits on the content. -->
          <nz-timeline-item [nzColor]="e.kind === 'Exit' || e.kind === 'Suspension' ? 'red' : e.kind === 'Hire' ? 'green' : 'blue'">
            <div [attr.data-event]="e.kind">
              <strong>{{ e.effectiveOn | localDate }}</strong> · {{ ('workerEvent.' + e.kind) | tt }}
              @for (line of details(e); track $index) { <div>{{ line }}</div> }
              @if (e.note) { <div class="gs-muted">{{ e.note }}</div> }
            </div>
          </nz-timeline-item>
        }
      </nz-timeline>
    }
  `,
})
export class WorkerHistoryComponent {
  private readonly i18n = inject(I18nService);
  readonly events = input<readonly WorkerEventDto[]>([]);
  readonly names = input<HistoryNames>({});
  readonly loading = input(false);

  protected newestFirst(): WorkerEventDto[] {
    return [...this.events()].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.sequence - a.sequence);
  }

  protected details(e: WorkerEventDto): string[] {
    return eventDetails(e, this.names(), this.i18n);
  }
}
