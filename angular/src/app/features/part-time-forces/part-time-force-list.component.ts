import { Component, computed, inject, resource, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableQueryParams } from 'ng-zorro-antd/table';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { I18nService } from '../../core/i18n/i18n.service';
import { Api } from '../../proxy/api';
import { communityGetList, gridGetList, microGridGetList, partTimeForceDelete, partTimeForceGetList } from '../../proxy/functions';
import { PartTimeForceDto, PartTimeForceRole } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { todayIso } from '../workers/dates';
import { PartTimeForceEndComponent } from './part-time-force-end.component';
import { PartTimeForceFormComponent } from './part-time-force-form.component';
import { PART_TIME_FORCE_ROLES } from './roles';

type Editing = { mode: 'create' } | { mode: 'edit'; force: PartTimeForceDto } | { mode: 'end'; force: PartTimeForceDto };

/**
 * The residents serving the grids part-time (building leaders, volunteers, property stewards, …) in the
 * user's scope; contacts masked. Street HR adds, edits and ends them; directors read.
 */
@Component({
  selector: 'gs-part-time-force-list',
  imports: [SHARED_IMPORTS, NzModalModule, NzPopconfirmModule, PartTimeForceFormComponent, PartTimeForceEndComponent],
  templateUrl: './part-time-force-list.component.html',
  styles: `.gs-danger { color: #cf1322; }`,
})
export class PartTimeForceListComponent {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  protected readonly P = P;
  protected readonly roles = PART_TIME_FORCE_ROLES;
  protected readonly today = todayIso();

  protected readonly filter = signal('');
  protected readonly communityId = signal<string | null>(null);
  protected readonly gridId = signal<string | null>(null);
  protected readonly role = signal<PartTimeForceRole | null>(null);
  protected readonly activeOnly = signal(true);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly editing = signal<Editing | null>(null);

  protected readonly communities = resource({ loader: () => this.api.invoke(communityGetList, { MaxResultCount: 1000 }) });
  protected readonly grids = resource({ loader: () => this.api.invoke(gridGetList, { MaxResultCount: 1000 }) });
  private readonly microGrids = resource({ loader: () => this.api.invoke(microGridGetList, { MaxResultCount: 1000 }) });
  protected readonly communityNames = computed(() => new Map((this.communities.hasValue() ? this.communities.value().items : []).map(c => [c.id, c.name])));
  protected readonly gridNames = computed(() => new Map((this.grids.hasValue() ? this.grids.value().items : []).map(g => [g.id, g.name])));
  protected readonly microGridNames = computed(() => new Map((this.microGrids.hasValue() ? this.microGrids.value().items : []).map(m => [m.id, m.name])));
  /** The grid filter offers the chosen community's grids only. */
  protected readonly gridChoices = computed(() =>
    (this.grids.hasValue() ? this.grids.value().items : []).filter(g => !this.communityId() || g.communityId === this.communityId()));

  protected readonly page = resource({
    params: () => ({
      Filter: this.filter() || undefined,
      CommunityId: this.communityId() ?? undefined,
      GridId: this.gridId() ?? undefined,
      Role: this.role() ?? undefined,
      ActiveOn: this.activeOnly() ? this.today : undefined,
      SkipCount: (this.pageIndex() - 1) * this.pageSize(),
      MaxResultCount: this.pageSize(),
    }),
    loader: ({ params }) => this.api.invoke(partTimeForceGetList, params),
  });

  protected search(value: string): void {
    this.pageIndex.set(1);
    this.filter.set(value.trim());
  }

  protected selectCommunity(id: string | null): void {
    this.pageIndex.set(1);
    this.communityId.set(id);
    const grid = this.gridId();
    if (id && grid && !this.gridChoices().some(g => g.id === grid)) this.gridId.set(null);
  }

  protected set<T>(target: { set(value: T): void }, value: T): void {
    this.pageIndex.set(1);
    target.set(value);
  }

  protected onQuery(params: NzTableQueryParams): void {
    this.pageIndex.set(params.pageIndex);
    this.pageSize.set(params.pageSize);
  }

  protected isActive(f: PartTimeForceDto): boolean {
    return f.activeFrom <= this.today && (!f.activeTo || f.activeTo >= this.today);
  }

  protected saved(): void {
    this.editing.set(null);
    this.message.success(this.i18n.t('ptf.saved'));
    this.page.reload();
  }

  protected async remove(f: PartTimeForceDto): Promise<void> {
    try {
      await this.api.invoke(partTimeForceDelete, { id: f.id });
      this.message.success(this.i18n.t('ptf.deleted', { name: f.name }));
      this.page.reload();
    } catch {
      // The error interceptor has shown the reason.
    }
  }

  protected editTitle(e: Editing): string {
    return e.mode === 'create' ? this.i18n.t('ptf.add') : `${this.i18n.t(e.mode === 'edit' ? 'ptf.edit' : 'ptf.end')} · ${e.force.name}`;
  }
}
