namespace GridStaff.Permissions;

using GridStaff.Identity;
using P = GridStaffPermissions;

/// <summary>The permissions each seeded role starts with (DOMAIN.md §7). Admins may change them later.</summary>
public static class RolePermissions
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Defaults = new Dictionary<string, IReadOnlyList<string>>
    {
        [GridStaffRoles.Admin] = P.All,
        [GridStaffRoles.StreetHr] =
        [
            P.Districts.Default, P.Streets.Default,
            P.Communities.Default, P.Communities.Create, P.Communities.Update, P.Communities.Delete,
            P.Grids.Default, P.Grids.Create, P.Grids.Update, P.Grids.Delete,
            P.MicroGrids.Default, P.MicroGrids.Create, P.MicroGrids.Update, P.MicroGrids.Delete,
            P.GridTaskItems.Default, P.GridTaskItems.Manage,
            P.StaffingNorms.Default, P.StaffingNorms.Manage,
            P.Workers.Default, P.Workers.Create, P.Workers.Update, P.Workers.Transfer, P.Workers.ChangePost, P.Workers.Contracts,
            P.Workers.Exit, P.Workers.Import, P.Workers.Export, P.Workers.RevealPersonalData,
            P.Posts.Default,
            P.PartTimeForces.Default, P.PartTimeForces.Manage,
        ],
        // Directors keep their grids' figures current: they know the households best.
        [GridStaffRoles.CommunityDirector] =
        [
            P.Streets.Default, P.Communities.Default,
            P.Grids.Default, P.Grids.Update,
            P.MicroGrids.Default, P.MicroGrids.Update,
            P.GridTaskItems.Default, P.StaffingNorms.Default,
            // Their community's workers (masked) and part-time forces, read only.
            P.Workers.Default, P.Posts.Default, P.PartTimeForces.Default,
        ],
        // A worker reads their own record through api/app/my/worker (any signed-in user), not the register.
        [GridStaffRoles.Worker] = [P.GridTaskItems.Default],
    };
}
