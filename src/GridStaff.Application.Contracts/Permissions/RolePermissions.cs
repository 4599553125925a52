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
        ],
        // Directors keep their grids' figures current: they know the households best.
        [GridStaffRoles.CommunityDirector] =
        [
            P.Streets.Default, P.Communities.Default,
            P.Grids.Default, P.Grids.Update,
            P.MicroGrids.Default, P.MicroGrids.Update,
            P.GridTaskItems.Default, P.StaffingNorms.Default,
        ],
        [GridStaffRoles.Worker] = [P.GridTaskItems.Default],
    };
}
