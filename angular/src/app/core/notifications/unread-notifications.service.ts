import { HttpContext } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Api } from '../../proxy/api';
import { myNotificationGetList } from '../../proxy/functions';
import { AuthService } from '../auth/auth.service';
import { GridStaffPermissions as P } from '../auth/permissions';
import { SILENT_ERRORS } from '../net/http-context';

/** The header bell's unread count; the notifications page refreshes it after marking items read. */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly state = signal(0);

  readonly count = this.state.asReadonly();

  async refresh(): Promise<void> {
    if (!this.auth.isGranted(P.Notifications.Default)) { this.state.set(0); return; }
    try {
      // A background poll: a failure here should not pop up an error over the page the user works on.
      const page = await this.api.invoke(myNotificationGetList, { UnreadOnly: true, MaxResultCount: 1 }, new HttpContext().set(SILENT_ERRORS, true));
      this.state.set(page.totalCount);
    } catch { /* keep the last count */ }
  }
}
