/**
 * The permission names of GridStaff.Permissions.GridStaffPermissions (C#), as used by the routes and
 * the menu. Same strings, so the UI never offers what the API would refuse.
 */
const group = 'GridStaff';

export const GridStaffPermissions = {
  Districts: { Default: `${group}.Districts`, Manage: `${group}.Districts.Manage` },
  Streets: { Default: `${group}.Streets`, Create: `${group}.Streets.Create`, Update: `${group}.Streets.Update`, Delete: `${group}.Streets.Delete` },
  Communities: { Default: `${group}.Communities`, Create: `${group}.Communities.Create`, Update: `${group}.Communities.Update`, Delete: `${group}.Communities.Delete` },
  Grids: { Default: `${group}.Grids`, Create: `${group}.Grids.Create`, Update: `${group}.Grids.Update`, Delete: `${group}.Grids.Delete` },
  MicroGrids: { Default: `${group}.MicroGrids`, Create: `${group}.MicroGrids.Create`, Update: `${group}.MicroGrids.Update`, Delete: `${group}.MicroGrids.Delete` },
  GridTaskItems: { Default: `${group}.GridTaskItems`, Manage: `${group}.GridTaskItems.Manage` },
  StaffingNorms: { Default: `${group}.StaffingNorms`, Manage: `${group}.StaffingNorms.Manage` },
  Workers: {
    Default: `${group}.Workers`, Create: `${group}.Workers.Create`, Update: `${group}.Workers.Update`,
    Transfer: `${group}.Workers.Transfer`, ChangePost: `${group}.Workers.ChangePost`, Contracts: `${group}.Workers.Contracts`,
    Exit: `${group}.Workers.Exit`, Import: `${group}.Workers.Import`, Export: `${group}.Workers.Export`,
    RevealPersonalData: `${group}.Workers.RevealPersonalData`,
  },
  Posts: { Default: `${group}.Posts`, Manage: `${group}.Posts.Manage` },
  PartTimeForces: { Default: `${group}.PartTimeForces`, Manage: `${group}.PartTimeForces.Manage` },
  AssessmentTemplates: { Default: `${group}.AssessmentTemplates`, Manage: `${group}.AssessmentTemplates.Manage`, ImportWorkData: `${group}.AssessmentTemplates.ImportWorkData` },
  EvaluationCycles: { Default: `${group}.EvaluationCycles`, Manage: `${group}.EvaluationCycles.Manage` },
  ScoreSheets: { Default: `${group}.ScoreSheets` },
  AssessmentResults: { Default: `${group}.AssessmentResults`, Rankings: `${group}.AssessmentResults.Rankings`, Calibrate: `${group}.AssessmentResults.Calibrate`, Own: `${group}.AssessmentResults.Own` },
  Appeals: { Default: `${group}.Appeals`, File: `${group}.Appeals.File`, Review: `${group}.Appeals.Review` },
  Notifications: { Default: `${group}.Notifications` },
  Hangfire: { Dashboard: `${group}.Hangfire.Dashboard` },
} as const;

/** Role names of GridStaff.Identity.GridStaffRoles. */
export const GridStaffRoles = {
  Admin: 'Admin',
  StreetHr: 'StreetHr',
  CommunityDirector: 'CommunityDirector',
  Worker: 'Worker',
} as const;
