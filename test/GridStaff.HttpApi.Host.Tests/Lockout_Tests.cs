namespace GridStaff;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GridStaff.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

[Collection(HostCollection.Name)]
public class Lockout_Tests(GridStaffWebApplicationFactory factory)
{
    [Fact]
    public async Task Should_Lock_An_Account_After_Five_Wrong_Passwords_Even_For_The_Right_One()
    {
        const string userName = "lockout.probe";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.CreateAsync(new AppUser(Guid.CreateVersion7(), userName, "Lockout probe"), "Right@12345")).Succeeded.ShouldBeTrue();
        }

        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/account/token", new { userName, password = "Wrong@12345" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var response = await client.PostAsJsonAsync("/api/account/token", new { userName, password = "Right@12345" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString().ShouldBe("GridStaff:Account:LockedOut");
    }
}
