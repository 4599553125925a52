namespace GridStaff.Identity;

public static class GridStaffRoles
{
    public const string Admin = "Admin";
    public const string StreetHr = "StreetHr";
    public const string CommunityDirector = "CommunityDirector";
    public const string Worker = "Worker";

    public static readonly IReadOnlyList<string> All = [Admin, StreetHr, CommunityDirector, Worker];
}
