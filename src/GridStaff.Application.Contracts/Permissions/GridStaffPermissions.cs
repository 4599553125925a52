namespace GridStaff.Permissions;

/// <summary>
/// Permission names. Roles hold them as claims; each is one authorization policy; the Angular
/// app uses the same strings to guard routes and build menus.
/// </summary>
public static class GridStaffPermissions
{
    public const string GroupName = "GridStaff";

    public static class Districts
    {
        public const string Default = GroupName + ".Districts";
        public const string Manage = Default + ".Manage";
    }

    public static class Streets
    {
        public const string Default = GroupName + ".Streets";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Communities
    {
        public const string Default = GroupName + ".Communities";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Grids
    {
        public const string Default = GroupName + ".Grids";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class MicroGrids
    {
        public const string Default = GroupName + ".MicroGrids";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class GridTaskItems
    {
        public const string Default = GroupName + ".GridTaskItems";
        public const string Manage = Default + ".Manage";
    }

    public static class StaffingNorms
    {
        public const string Default = GroupName + ".StaffingNorms";
        public const string Manage = Default + ".Manage";
    }

    public static class Workers
    {
        public const string Default = GroupName + ".Workers";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Transfer = Default + ".Transfer";
        public const string ChangePost = Default + ".ChangePost";
        public const string Contracts = Default + ".Contracts";
        public const string Exit = Default + ".Exit";
        public const string Import = Default + ".Import";
        public const string Export = Default + ".Export";
        public const string RevealPersonalData = Default + ".RevealPersonalData";
    }

    public static class Posts
    {
        public const string Default = GroupName + ".Posts";
        public const string Manage = Default + ".Manage";
    }

    public static class PartTimeForces
    {
        public const string Default = GroupName + ".PartTimeForces";
        public const string Manage = Default + ".Manage";
    }

    public static class Hangfire
    {
        public const string Dashboard = GroupName + ".Hangfire.Dashboard";
    }

    /// <summary>Every permission, listed by hand so adding one is a visible change here.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Districts.Default, Districts.Manage,
        Streets.Default, Streets.Create, Streets.Update, Streets.Delete,
        Communities.Default, Communities.Create, Communities.Update, Communities.Delete,
        Grids.Default, Grids.Create, Grids.Update, Grids.Delete,
        MicroGrids.Default, MicroGrids.Create, MicroGrids.Update, MicroGrids.Delete,
        GridTaskItems.Default, GridTaskItems.Manage,
        StaffingNorms.Default, StaffingNorms.Manage,
        Workers.Default, Workers.Create, Workers.Update, Workers.Transfer, Workers.ChangePost, Workers.Contracts,
        Workers.Exit, Workers.Import, Workers.Export, Workers.RevealPersonalData,
        Posts.Default, Posts.Manage,
        PartTimeForces.Default, PartTimeForces.Manage,
        Hangfire.Dashboard,
    ];
}
