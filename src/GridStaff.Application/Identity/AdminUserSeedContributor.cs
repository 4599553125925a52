namespace GridStaff.Identity;

using GridStaff.Data;
using GridStaff.Users;
using Microsoft.AspNetCore.Identity;

/// <summary>The first administrator of a production database, from the DbMigrator's --Seed:AdminPassword.</summary>
public class AdminUserSeedContributor(UserManager<AppUser> users) : IDataSeedContributor
{
    public const string UserName = "admin";

    public int Order => 30;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        var password = context.AdminPassword ?? (context.IncludeDemoData ? DemoUserSeedContributor.Password : null);
        if (password is null || await users.FindByNameAsync(UserName) is not null) return;
        var admin = new AppUser(Guid.CreateVersion7(), UserName, "系统管理员");
        IdentityResults.Check(await users.CreateAsync(admin, password));
        IdentityResults.Check(await users.AddToRoleAsync(admin, GridStaffRoles.Admin));
    }
}
