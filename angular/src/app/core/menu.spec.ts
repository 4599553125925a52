import { GridStaffPermissions as P } from './auth/permissions';
import { MENU, visibleMenu } from './menu';

describe('menu', () => {
  const menuFor = (permissions: string[], scopeKind?: string) => visibleMenu(p => !p || permissions.includes(p), scopeKind).map(m => m.link);

  it('shows a worker the workspace, the task list and their own profile', () => {
    expect(menuFor([P.GridTaskItems.Default], 'Worker')).toEqual(['/workspace', '/tasks', '/my-profile']);
  });

  it('shows street HR the organisation, grids, workers, part-time forces and tasks but not the job dashboard', () => {
    expect(menuFor([P.Communities.Default, P.Grids.Default, P.Workers.Default, P.PartTimeForces.Default, P.GridTaskItems.Default, P.StaffingNorms.Default], 'Street'))
      .toEqual(['/workspace', '/organization', '/grids', '/workers', '/part-time-forces', '/tasks']);
  });

  it('shows a worker their score sheets as a peer, their own results and notifications, never an HR list', () => {
    expect(menuFor([P.GridTaskItems.Default, P.ScoreSheets.Default, P.AssessmentResults.Own, P.Appeals.Default, P.Appeals.File, P.Notifications.Default], 'Worker'))
      .toEqual(['/workspace', '/tasks', '/my-profile', '/score-sheets', '/my-assessment', '/notifications']);
  });

  it('does not offer "my assessment" to a director, who has no own results permission', () => {
    expect(menuFor([P.ScoreSheets.Default, P.AssessmentResults.Default, P.Notifications.Default], 'Community')).toEqual(['/workspace', '/score-sheets', '/notifications']);
  });

  it('offers "my profile" only to a user whose scope is a worker, whatever their permissions', () => {
    expect(menuFor([P.Workers.Default], 'Community')).not.toContain('/my-profile');
    expect(menuFor([], 'All')).not.toContain('/my-profile');
    expect(menuFor([], undefined)).not.toContain('/my-profile');
  });

  it('guards every item but the workspace with a GridStaff permission or a scope kind', () => {
    for (const item of MENU.filter(m => m.link !== '/workspace')) {
      if (item.scopeKind) expect(['All', 'Street', 'Community', 'Worker']).toContain(item.scopeKind);
      else expect(item.requiredPolicy).toMatch(/^GridStaff\./);
    }
  });
});
