import { TranslationKey } from './i18n/zh-CN';
import { GridStaffPermissions as P } from './auth/permissions';

export interface MenuItem {
  key: TranslationKey;
  icon: string;
  link: string;
  /** Same string as the route's data.requiredPolicy; the item shows only when granted. */
  requiredPolicy?: string;
  /**
   * Shown only to users whose data scope (ProfileDto.scope.kind: All, Street, Community, Worker) is
   * this one, for pages about the user themselves ("my profile" exists only for a worker).
   */
  scopeKind?: string;
  /** A server page outside the SPA (e.g. the Hangfire dashboard). */
  external?: boolean;
}

/** The main menu. A new feature adds one line here and one lazy route in app.routes.ts. */
export const MENU: readonly MenuItem[] = [
  { key: 'menu.workspace', icon: 'dashboard', link: '/workspace' },
  { key: 'menu.organization', icon: 'apartment', link: '/organization', requiredPolicy: P.Communities.Default },
  { key: 'menu.grids', icon: 'table', link: '/grids', requiredPolicy: P.Grids.Default },
  { key: 'menu.workers', icon: 'team', link: '/workers', requiredPolicy: P.Workers.Default },
  { key: 'menu.partTimeForces', icon: 'usergroup-add', link: '/part-time-forces', requiredPolicy: P.PartTimeForces.Default },
  { key: 'menu.tasks', icon: 'unordered-list', link: '/tasks', requiredPolicy: P.GridTaskItems.Default },
  { key: 'menu.myProfile', icon: 'idcard', link: '/my-profile', scopeKind: 'Worker' },
  { key: 'menu.assessmentTemplates', icon: 'profile', link: '/assessment-templates', requiredPolicy: P.AssessmentTemplates.Default },
  { key: 'menu.cycles', icon: 'schedule', link: '/cycles', requiredPolicy: P.EvaluationCycles.Default },
  { key: 'menu.appeals', icon: 'audit', link: '/appeals', requiredPolicy: P.Appeals.Review },
  { key: 'menu.scoreSheets', icon: 'form', link: '/score-sheets', requiredPolicy: P.ScoreSheets.Default },
  { key: 'menu.myAssessment', icon: 'line-chart', link: '/my-assessment', requiredPolicy: P.AssessmentResults.Own },
  { key: 'menu.notifications', icon: 'bell', link: '/notifications', requiredPolicy: P.Notifications.Default },
  { key: 'menu.hangfire', icon: 'cluster', link: '/hangfire', requiredPolicy: P.Hangfire.Dashboard, external: true },
];

export function visibleMenu(isGranted: (permission?: string) => boolean, scopeKind?: string | null): MenuItem[] {
  return MENU.filter(item => isGranted(item.requiredPolicy) && (!item.scopeKind || item.scopeKind === scopeKind));
}
