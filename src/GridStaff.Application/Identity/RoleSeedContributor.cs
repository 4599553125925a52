namespace GridStaff.Identity;

using System.Security.Claims;
using GridStaff.Data;
using GridStaff.Permissions;
using GridStaff.Users;
using Microsoft.AspNetCore.Identity;

/// <summary>
/// The four roles and their default permissions (as role claims). Runs on every seed and only adds
/// what is missing, so a new release's permissions reach existing roles.
/// </summary>
public class RoleSeedContributor(RoleManager<AppRole> roles) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        foreach (var (roleName, permissions) in RolePermissions.Defaults)
        {
            var role = await roles.FindByNameAsync(roleName);
            if (role is null)
            {
                role = new AppRole(Guid.CreateVersion7(), roleName);
                IdentityResults.Check(await roles.CreateAsync(role));
            }

            var held = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == GridStaffClaimTypes.Permission).Select(c => c.Value).ToHashSet();
            foreach (var permission in permissions.Where(p => !held.Contains(p)))
            {
                IdentityResults.Check(await roles.AddClaimAsync(role, new Claim(GridStaffClaimTypes.Permission, permission)));
            }
        }
    }
}

internal static class IdentityResults
{
    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
    }
}
