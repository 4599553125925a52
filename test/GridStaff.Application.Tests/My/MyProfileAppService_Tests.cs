namespace GridStaff.My;

using GridStaff.Permissions;
using Shouldly;
using Xunit;

public class MyProfileAppService_Tests : GridStaffTestBase
{
    [Fact]
    public async Task Should_Return_The_Directors_Scope_And_Permissions()
    {
        LoginAs(TestData.NorthADirector);
        var profile = await GetRequiredService<IMyProfileAppService>().GetAsync();

        profile.UserName.ShouldBe("director.northa");
        profile.Roles.ShouldBe(["CommunityDirector"]);
        profile.Scope.Kind.ShouldBe("Community");
        (profile.Scope.StreetName, profile.Scope.CommunityName).ShouldBe(("North Street", "North A"));
        profile.Permissions.ShouldContain(GridStaffPermissions.Grids.Update);
        profile.Permissions.ShouldNotContain(GridStaffPermissions.Grids.Create);
    }

    [Fact]
    public async Task Should_Say_An_Admin_Sees_Everything()
    {
        LoginAs(TestData.Admin);
        var profile = await GetRequiredService<IMyProfileAppService>().GetAsync();
        profile.Scope.Kind.ShouldBe("All");
        profile.Permissions.ShouldBe(GridStaffPermissions.All, ignoreOrder: true);
    }
}
