import { Component, computed, inject, input, resource } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslationKey } from '../../core/i18n/zh-CN';
import { Api } from '../../proxy/api';
import { appealGetList } from '../../proxy/functions';
import { Grade } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { serverTime } from '../../shared/server-time';

/** My appeals with their status and the street's answer; optionally only one cycle's. */
@Component({
  selector: 'gs-my-appeals',
  imports: [SHARED_IMPORTS],
  templateUrl: './my-appeals.component.html',
})
export class MyAppealsComponent {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  protected readonly serverTime = serverTime;

  readonly cycleId = input<string>();
  readonly highlight = input<string>();
  /** Bumped by the parent after filing, to reload. */
  readonly version = input(0);

  protected readonly appeals = resource({
    params: () => (this.auth.isGranted(P.Appeals.Default) ? { cycleId: this.cycleId(), v: this.version() } : undefined),
    loader: ({ params }) => this.api.invoke(appealGetList, { CycleId: params.cycleId, MaxResultCount: 100, Sorting: 'filedAt desc' }),
  });
  protected readonly items = computed(() => (this.appeals.hasValue() ? this.appeals.value().items : []));

  protected gradeName(grade: Grade | null): string {
    return grade ? this.i18n.t(`my.gradeName.${grade}` as TranslationKey) : '';
  }

  protected statusColor(status: string): string {
    return status === 'Filed' ? 'processing' : status === 'Rescored' ? 'green' : 'default';
  }
}
