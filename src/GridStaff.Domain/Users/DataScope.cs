namespace GridStaff.Users;

/// <summary>
/// What part of the city a caller may see. Street HR: a street; a director: a community;
/// a worker: their own record (and their community). The DbContext's "DataScope" filters read it.
/// </summary>
public sealed record DataScope(bool IsUnrestricted, Guid? StreetId, Guid? CommunityId, Guid? WorkerId)
{
    /// <summary>Admins, and code that runs outside any request (jobs, the migrator, seeding).</summary>
    public static readonly DataScope Unrestricted = new(true, null, null, null);

    /// <summary>A caller with no scope at all sees nothing scoped (fail closed).</summary>
    public static readonly DataScope Nothing = new(false, null, null, null);

    public static DataScope Street(Guid streetId) => new(false, streetId, null, null);

    public static DataScope Community(Guid streetId, Guid communityId) => new(false, streetId, communityId, null);

    public static DataScope Worker(Guid streetId, Guid communityId, Guid workerId) => new(false, streetId, communityId, workerId);
}
