namespace GridStaff;

using GridStaff.Identity;
using GridStaff.Permissions;
using GridStaff.Users;

/// <summary>A seeded test user: who they are, their role and their data scope.</summary>
public sealed record TestUser(Guid Id, string UserName, string Role, DataScope Scope)
{
    public IReadOnlyList<string> Permissions => RolePermissions.Defaults[Role];
}

/// <summary>The caller the tests pretend to be; <see cref="GridStaffTestBase.LoginAs"/> sets it.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    private TestUser? _user;
    private HashSet<string> _permissions = [];
    private DataScope _systemScope = DataScope.Unrestricted;

    public bool IsAuthenticated => _user is not null;
    public Guid? Id => _user?.Id;
    public string? UserName => _user?.UserName ?? "system";
    public IReadOnlyCollection<string> Roles => _user is null ? [] : [_user.Role];
    public DataScope Scope => _user?.Scope ?? _systemScope;
    public bool HasPermission(string permission) => _user is null || _permissions.Contains(permission);

    public void Set(TestUser? user)
    {
        _user = user;
        _permissions = user is null ? [] : [.. user.Permissions];
    }

    /// <summary>Anonymous inside a request: sees nothing scoped.</summary>
    public void SetAnonymous() { _user = null; _systemScope = DataScope.Nothing; }

    public void SetSystem() { _user = null; _systemScope = DataScope.Unrestricted; }
}
