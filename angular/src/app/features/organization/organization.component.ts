import { Component, ElementRef, afterEveryRender, computed, inject, resource, signal } from '@angular/core';
import { NzFormatEmitEvent, NzTreeModule, NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { NgxEchartsDirective } from 'ngx-echarts';
import { AuthService } from '../../core/auth/auth.service';
import { GridStaffPermissions as P } from '../../core/auth/permissions';
import { I18nService } from '../../core/i18n/i18n.service';
import { Api } from '../../proxy/api';
import { communityGetList, districtGetList, gridGetList, microGridGetList, staffingNormGetAdvice, streetGetList } from '../../proxy/functions';
import { CommunityDto, GridDto } from '../../proxy/models';
import { SHARED_IMPORTS } from '../../shared';
import { adviceChartOptions, isOutsideNorm } from './advice-chart';

type NodeKind = 'district' | 'street' | 'community' | 'grid' | 'micro';
interface Selection { kind: NodeKind; id: string }

/**
 * District → streets → communities → grids → micro-grids, each with its households; a community shows
 * its staffing advice and a chart of its grids against the norm band; a grid shows its micro-grids.
 * Everything comes through the API, so the tree holds only what the user's scope allows.
 */
@Component({
  selector: 'gs-organization',
  imports: [SHARED_IMPORTS, NzTreeModule, NgxEchartsDirective],
  templateUrl: './organization.component.html',
  styleUrl: './organization.component.scss',
})
export class OrganizationComponent {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly P = P;

  protected readonly selected = signal<Selection | null>(null);
  protected readonly search = signal('');

  /** Streets, communities and all grids in scope, loaded once (micro-grids load when a grid opens). */
  protected readonly org = resource({
    loader: async () => {
      const [districts, streets, communities, grids] = await Promise.all([
        this.auth.isGranted(P.Districts.Default) ? this.api.invoke(districtGetList) : Promise.resolve([]),
        this.api.invoke(streetGetList, { MaxResultCount: 1000 }),
        this.api.invoke(communityGetList, { MaxResultCount: 1000 }),
        this.api.invoke(gridGetList, { MaxResultCount: 1000 }),
      ]);
      return { districts, streets: streets.items, communities: communities.items, grids: grids.items };
    },
  });

  protected readonly nodes = computed<NzTreeNodeOptions[]>(() => {
    const org = (this.org.hasValue() ? this.org.value() : undefined);
    if (!org) return [];
    const households = (grids: GridDto[]) => grids.reduce((s, g) => s + g.households, 0);
    const unit = this.i18n.t('org.households');
    const label = (name: string, count: number) => `${name}（${this.i18n.number(count)} ${unit}）`;
    const streets = org.streets.map(street => {
      const streetGrids = org.grids.filter(g => g.streetId === street.id);
      return {
        key: `street:${street.id}`, title: label(street.name, households(streetGrids)), expanded: org.streets.length === 1,
        children: org.communities.filter(c => c.streetId === street.id).map(community => {
          const grids = streetGrids.filter(g => g.communityId === community.id);
          return {
            key: `community:${community.id}`, title: label(community.name, households(grids)),
            children: grids.map(g => ({ key: `grid:${g.id}`, title: label(g.name, g.households), isLeaf: false, children: [] })),
          } satisfies NzTreeNodeOptions;
        }),
      } satisfies NzTreeNodeOptions;
    });
    if (org.districts.length !== 1) return streets;
    const [district] = org.districts;
    return [{ key: `district:${district.id}`, title: label(district.name, households(org.grids)), expanded: true, children: streets }];
  });

  protected readonly community = computed<CommunityDto | null>(() => {
    const s = this.selected();
    return s?.kind === 'community' ? (this.org.hasValue() ? this.org.value() : undefined)?.communities.find(c => c.id === s.id) ?? null : null;
  });

  protected readonly grid = computed<GridDto | null>(() => {
    const s = this.selected();
    return s?.kind === 'grid' ? (this.org.hasValue() ? this.org.value() : undefined)?.grids.find(g => g.id === s.id) ?? null : null;
  });

  protected readonly advice = resource({
    params: () => (this.community() && this.auth.isGranted(P.StaffingNorms.Default) ? this.community()!.id : undefined),
    loader: ({ params: communityId }) => this.api.invoke(staffingNormGetAdvice, { communityId }),
  });

  protected readonly communityGrids = computed(() => {
    const c = this.community();
    return c ? ((this.org.hasValue() ? this.org.value() : undefined)?.grids ?? []).filter(g => g.communityId === c.id) : [];
  });

  protected readonly chart = computed(() => {
    const advice = (this.advice.hasValue() ? this.advice.value() : undefined);
    if (!advice || !this.community()) return null;
    return adviceChartOptions(this.communityGrids(), advice.norm, {
      households: this.i18n.t('org.households'),
      band: this.i18n.t('advice.band', { min: advice.norm.gridHouseholdsMin, max: advice.norm.gridHouseholdsMax }),
    });
  });

  protected readonly microGrids = resource({
    params: () => this.grid()?.id,
    loader: ({ params: gridId }) => this.api.invoke(microGridGetList, { GridId: gridId, MaxResultCount: 1000 }),
  });

  constructor() {
    // nz-tree keeps an unlabelled hidden input for keyboard focus; name it for screen readers.
    const host = inject(ElementRef<HTMLElement>).nativeElement as HTMLElement;
    afterEveryRender(() => host.querySelectorAll('nz-tree input:not([aria-label])').forEach(input =>
      input.setAttribute('aria-label', this.i18n.t('org.tree'))));
  }

  protected outside(households: number): 'below' | 'above' | null {
    const norm = (this.advice.hasValue() ? this.advice.value() : undefined)?.norm;
    return norm ? isOutsideNorm(households, norm) : null;
  }

  protected onClick(event: NzFormatEmitEvent): void {
    const key = event.node?.key;
    if (!key) return;
    const [kind, id] = key.split(':') as [NodeKind, string];
    this.selected.set({ kind, id });
  }

  /** Grids load their micro-grids on first expansion. */
  protected async onExpand(event: NzFormatEmitEvent): Promise<void> {
    const node = event.node;
    if (!node || !node.isExpanded || !node.key.startsWith('grid:') || node.getChildren().length) return;
    const page = await this.api.invoke(microGridGetList, { GridId: node.key.slice(5), MaxResultCount: 1000 });
    const unit = this.i18n.t('org.households');
    node.addChildren(page.items.map(m => ({ key: `micro:${m.id}`, title: `${m.name}（${this.i18n.number(m.households)} ${unit}）`, isLeaf: true })));
    if (!page.items.length) node.isLeaf = true;
  }
}
