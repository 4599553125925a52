import { Component, inject, resource, signal } from '@angular/core';
import { Router } from '@angular/router';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { UnreadNotifications } from '../../core/notifications/unread-notifications.service';
import { Api } from '../../proxy/api';
import { myNotificationGetList, myNotificationMarkRead } from '../../proxy/functions';
import { NotificationDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { serverTime } from '../../shared/server-time';
import { noticeLink } from './notice-link';

/** My notifications, newest first, with mark-as-read; each opens what it is about. */
@Component({
  selector: 'gs-notification-list',
  imports: [SHARED_IMPORTS],
  templateUrl: './notification-list.component.html',
})
export class NotificationListComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly unread = inject(UnreadNotifications);
  protected readonly serverTime = serverTime;
  protected readonly link = noticeLink;

  protected readonly unreadOnly = signal(false);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly busy = signal(false);

  protected readonly page = resource({
    params: () => ({ UnreadOnly: this.unreadOnly(), Sorting: 'createdAt desc', SkipCount: (this.pageIndex() - 1) * this.pageSize(), MaxResultCount: this.pageSize() }),
    loader: ({ params }) => this.api.invoke(myNotificationGetList, params),
  });

  protected setUnreadOnly(value: boolean): void {
    this.pageIndex.set(1);
    this.unreadOnly.set(value);
  }

  protected onQuery(params: NzTableQueryParams): void {
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
  }

  protected async markRead(n: NotificationDto): Promise<void> {
    if (n.readAt) return;
    await this.api.invoke(myNotificationMarkRead, { id: n.id });
    this.page.reload();
    await this.unread.refresh();
  }

  protected async markAllRead(): Promise<void> {
    this.busy.set(true);
    try {
      const all = await this.api.invoke(myNotificationGetList, { UnreadOnly: true, MaxResultCount: 1000 });
      for (const n of all.items) await this.api.invoke(myNotificationMarkRead, { id: n.id });
    } finally {
      this.busy.set(false);
      this.page.reload();
      await this.unread.refresh();
    }
  }

  protected async open(n: NotificationDto): Promise<void> {
    const target = noticeLink(n);
    if (!target) return;
    await this.markRead(n).catch(() => undefined);
    await this.router.navigate(target.commands, { queryParams: target.queryParams });
  }
}
