namespace GridStaff.Identity;

using System.Security.Claims;
using GridStaff.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

/// <summary>Adds the user's data scope to the principal (roles and their permission claims come from the base).</summary>
public class GridStaffClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.StreetId is { } street) identity.AddClaim(new Claim(GridStaffClaimTypes.StreetId, street.ToString()));
        if (user.CommunityId is { } community) identity.AddClaim(new Claim(GridStaffClaimTypes.CommunityId, community.ToString()));
        if (user.WorkerId is { } worker) identity.AddClaim(new Claim(GridStaffClaimTypes.WorkerId, worker.ToString()));
        return identity;
    }
}
