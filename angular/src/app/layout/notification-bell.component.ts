import { Component, DestroyRef, effect, inject } from '@angular/core';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { filter } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { GridStaffPermissions as P } from '../core/auth/permissions';
import { UnreadNotifications } from '../core/notifications/unread-notifications.service';
import { TranslatePipe } from '../shared/i18n.pipes';

const POLL_MS = 60_000;

/** The header bell: unread count, refreshed on navigation and every minute; opens the notifications page. */
@Component({
  selector: 'gs-notification-bell',
  imports: [RouterLink, NzBadgeModule, NzButtonModule, NzIconModule, TranslatePipe],
  template: `
    @if (granted()) {
      <a nz-button nzType="text" routerLink="/notifications" data-testid="notification-bell" [attr.data-unread]="unread.count()"
         [attr.aria-label]="'notice.bell' | t: { n: unread.count() }">
        <nz-badge [nzCount]="unread.count()" [nzOverflowCount]="99" nzSize="small">
          <span nz-icon nzType="bell" class="gs-bell" aria-hidden="true"></span>
        </nz-badge>
      </a>
    }`,
  styles: `.gs-bell { font-size: 18px; }`,
})
export class NotificationBellComponent {
  private readonly auth = inject(AuthService);
  protected readonly unread = inject(UnreadNotifications);
  protected readonly granted = () => this.auth.isGranted(P.Notifications.Default);

  constructor() {
    effect(() => { if (this.auth.profile()) void this.unread.refresh(); });
    const navigations = inject(Router).events.pipe(filter(e => e instanceof NavigationEnd)).subscribe(() => void this.unread.refresh());
    const timer = setInterval(() => void this.unread.refresh(), POLL_MS);
    inject(DestroyRef).onDestroy(() => { clearInterval(timer); navigations.unsubscribe(); });
  }
}
