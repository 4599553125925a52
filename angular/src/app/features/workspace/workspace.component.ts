import { Component, computed, inject, resource } from '@angular/core';
import { AuthService } from '../../core/auth/auth.service';
import { GridStaffPermissions as P, GridStaffRoles as R } from '../../core/auth/permissions';
import { TranslationKey } from '../../core/i18n/zh-CN';
import { Api } from '../../proxy/api';
import { gridGetList } from '../../proxy/functions';
import { SHARED_IMPORTS } from '../../shared';

interface Card { key: TranslationKey; title: TranslationKey; link: string; icon: string; requiredPolicy?: string }

/**
 * The landing page for each kind of user: what they can do now, within their data scope.
 * A card shows only when its permission is granted (the same strings as the routes).
 */
@Component({
  selector: 'gs-workspace',
  imports: [SHARED_IMPORTS],
  templateUrl: './workspace.component.html',
  styleUrl: './workspace.component.scss',
})
export class WorkspaceComponent {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(Api);

  /** The workspace kind follows the strongest role the user holds. */
  protected readonly kind = computed<'admin' | 'hr' | 'director' | 'worker'>(() =>
    this.auth.hasRole(R.Admin) ? 'admin'
    : this.auth.hasRole(R.StreetHr) ? 'hr'
    : this.auth.hasRole(R.CommunityDirector) ? 'director'
    : 'worker');

  protected readonly title = computed<TranslationKey>(() => `workspace.${this.kind()}.title` as TranslationKey);

  private static readonly cards: Record<string, Card[]> = {
    admin: [
      { key: 'workspace.card.organization', title: 'menu.organization', link: '/organization', icon: 'apartment', requiredPolicy: P.Communities.Default },
      { key: 'workspace.card.grids', title: 'menu.grids', link: '/grids', icon: 'table', requiredPolicy: P.Grids.Default },
      { key: 'workspace.card.tasks', title: 'menu.tasks', link: '/tasks', icon: 'unordered-list', requiredPolicy: P.GridTaskItems.Default },
    ],
    hr: [
      { key: 'workspace.card.organization', title: 'menu.organization', link: '/organization', icon: 'apartment', requiredPolicy: P.Communities.Default },
      { key: 'workspace.card.advice', title: 'advice.title', link: '/organization', icon: 'dashboard', requiredPolicy: P.StaffingNorms.Default },
      { key: 'workspace.card.grids', title: 'menu.grids', link: '/grids', icon: 'table', requiredPolicy: P.Grids.Default },
      { key: 'workspace.card.tasks', title: 'menu.tasks', link: '/tasks', icon: 'unordered-list', requiredPolicy: P.GridTaskItems.Default },
      { key: 'workspace.card.workersNow', title: 'menu.workers', link: '/workers', icon: 'team', requiredPolicy: P.Workers.Default },
      { key: 'workspace.card.partTimeForces', title: 'menu.partTimeForces', link: '/part-time-forces', icon: 'usergroup-add', requiredPolicy: P.PartTimeForces.Default },
      { key: 'workspace.card.cycles', title: 'menu.cycles', link: '/cycles', icon: 'schedule', requiredPolicy: P.EvaluationCycles.Manage },
      { key: 'workspace.card.templates', title: 'menu.assessmentTemplates', link: '/assessment-templates', icon: 'profile', requiredPolicy: P.AssessmentTemplates.Manage },
      { key: 'workspace.card.appeals', title: 'menu.appeals', link: '/appeals', icon: 'audit', requiredPolicy: P.Appeals.Review },
    ],
    director: [
      { key: 'workspace.card.advice', title: 'advice.title', link: '/organization', icon: 'dashboard', requiredPolicy: P.StaffingNorms.Default },
      { key: 'workspace.card.grids', title: 'menu.grids', link: '/grids', icon: 'table', requiredPolicy: P.Grids.Default },
      { key: 'workspace.card.workersNow', title: 'menu.workers', link: '/workers', icon: 'team', requiredPolicy: P.Workers.Default },
      { key: 'workspace.card.tasks', title: 'menu.tasks', link: '/tasks', icon: 'unordered-list', requiredPolicy: P.GridTaskItems.Default },
      { key: 'workspace.card.scoreSheets', title: 'menu.scoreSheets', link: '/score-sheets', icon: 'edit', requiredPolicy: P.ScoreSheets.Default },
      { key: 'workspace.card.communityResults', title: 'menu.cycles', link: '/cycles', icon: 'schedule', requiredPolicy: P.EvaluationCycles.Default },
    ],
    worker: [
      { key: 'workspace.card.myProfile', title: 'menu.myProfile', link: '/my-profile', icon: 'idcard' },
      { key: 'workspace.card.tasks', title: 'menu.tasks', link: '/tasks', icon: 'unordered-list', requiredPolicy: P.GridTaskItems.Default },
      { key: 'workspace.card.myResults', title: 'menu.myAssessment', link: '/my-assessment', icon: 'user', requiredPolicy: P.AssessmentResults.Own },
      { key: 'workspace.card.peerSheets', title: 'menu.scoreSheets', link: '/score-sheets', icon: 'edit', requiredPolicy: P.ScoreSheets.Default },
    ],
  };

  protected readonly cardList = computed(() =>
    WorkspaceComponent.cards[this.kind()].filter(c => this.auth.isGranted(c.requiredPolicy)));

  /** Grids and households in the user's scope (the API applies the scope). */
  protected readonly stats = resource({
    params: () => (this.auth.isGranted(P.Grids.Default) ? true : undefined),
    loader: async () => {
      const page = await this.api.invoke(gridGetList, { MaxResultCount: 1000 });
      return {
        grids: page.totalCount,
        households: page.items.reduce((sum, g) => sum + g.households, 0),
        communities: new Set(page.items.map(g => g.communityId)).size,
      };
    },
  });
}
