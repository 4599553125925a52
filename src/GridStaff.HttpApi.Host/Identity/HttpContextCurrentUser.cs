namespace GridStaff.Identity;

using System.Security.Claims;
using GridStaff.Users;

/// <summary>
/// The current user from the request's claims. Outside a request (Hangfire jobs in this process)
/// it is the system user; inside one, an anonymous or unscoped caller sees nothing scoped.
/// </summary>
public class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;
    private bool InRequest => accessor.HttpContext is not null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => InRequest ? Principal?.Identity?.Name : SystemCurrentUser.Instance.UserName;

    public IReadOnlyCollection<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    public DataScope Scope
    {
        get
        {
            if (!InRequest) return DataScope.Unrestricted;
            if (!IsAuthenticated) return DataScope.Nothing;
            if (Principal!.IsInRole(GridStaffRoles.Admin)) return DataScope.Unrestricted;
            var street = ClaimGuid(GridStaffClaimTypes.StreetId);
            var community = ClaimGuid(GridStaffClaimTypes.CommunityId);
            var worker = ClaimGuid(GridStaffClaimTypes.WorkerId);
            return street is null ? DataScope.Nothing : new DataScope(false, street, community, worker);
        }
    }

    public bool HasPermission(string permission) =>
        InRequest ? Principal?.HasClaim(GridStaffClaimTypes.Permission, permission) == true : SystemCurrentUser.Instance.HasPermission(permission);

    private Guid? ClaimGuid(string type) => Guid.TryParse(Principal?.FindFirstValue(type), out var id) ? id : null;
}
