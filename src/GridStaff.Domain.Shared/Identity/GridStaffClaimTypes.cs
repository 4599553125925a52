namespace GridStaff.Identity;

/// <summary>Claim types GridStaff puts on a signed-in principal.</summary>
public static class GridStaffClaimTypes
{
    public const string Permission = "gs:permission";
    public const string StreetId = "gs:street";
    public const string CommunityId = "gs:community";
    public const string WorkerId = "gs:worker";
}
