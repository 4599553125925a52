namespace GridStaff.Users;

/// <summary>
/// The caller for code that runs outside a request: background jobs, the migrator, seeding and
/// design-time tooling. It sees everything; a request never runs as this user.
/// </summary>
public sealed class SystemCurrentUser : ICurrentUser
{
    public static readonly SystemCurrentUser Instance = new();

    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => "system";
    public IReadOnlyCollection<string> Roles => [];
    public DataScope Scope => DataScope.Unrestricted;
    public bool HasPermission(string permission) => true;
}
