import { GridStaffPermissions as P } from './auth/permissions';
import { MENU, visibleMenu } from './menu';

describe('menu', () => {
  const menuFor = (permissions: string[]) => visibleMenu(p => !p || permissions.includes(p)).map(m => m.link);

  it('shows a worker only the workspace and the task list', () => {
    expect(menuFor([P.GridTaskItems.Default])).toEqual(['/workspace', '/tasks']);
  });

  it('shows street HR the organisation, grids, workers and tasks but not the job dashboard', () => {
    expect(menuFor([P.Communities.Default, P.Grids.Default, P.Workers.Default, P.GridTaskItems.Default, P.StaffingNorms.Default]))
      .toEqual(['/workspace', '/organization', '/grids', '/workers', '/tasks']);
  });

  it('shows a worker their score sheets as a peer, their own results and notifications, never an HR list', () => {
    expect(menuFor([P.GridTaskItems.Default, P.ScoreSheets.Default, P.AssessmentResults.Own, P.Appeals.Default, P.Appeals.File, P.Notifications.Default]))
      .toEqual(['/workspace', '/tasks', '/score-sheets', '/my-assessment', '/notifications']);
  });

  it('does not offer "my assessment" to a director, who has no own results permission', () => {
    expect(menuFor([P.ScoreSheets.Default, P.AssessmentResults.Default, P.Notifications.Default])).toEqual(['/workspace', '/score-sheets', '/notifications']);
  });

  it('guards every item but the workspace with a GridStaff permission', () => {
    for (const item of MENU.filter(m => m.link !== '/workspace')) {
      expect(item.requiredPolicy).toMatch(/^GridStaff\./);
    }
  });
});
