namespace GridStaff.Users;

/// <summary>The caller of the current use case. Read by the DbContext filters and the auditing interceptor.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    IReadOnlyCollection<string> Roles { get; }
    DataScope Scope { get; }
    bool HasPermission(string permission);
}
