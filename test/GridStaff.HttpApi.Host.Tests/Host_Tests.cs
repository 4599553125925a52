namespace GridStaff;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

[Collection(HostCollection.Name)]
public class Host_Tests(GridStaffWebApplicationFactory factory)
{
    [Fact]
    public async Task Should_Report_Healthy_When_The_Database_Answers()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Should_Answer_401_To_An_Anonymous_Api_Call()
    {
        (await factory.CreateClient().GetAsync("/api/app/grid")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Answer_403_When_The_Role_Lacks_The_Permission()
    {
        var director = await factory.ClientForAsync("director.frj");
        var response = await director.PostAsJsonAsync("/api/app/grid", new { communityId = Guid.NewGuid(), code = "X", name = "X" });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Answer_404_For_Unknown_Api_Paths_Instead_Of_The_Spa()
    {
        (await factory.CreateClient().GetAsync("/api/app/no-such-thing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Serve_The_OpenApi_Document_With_The_App_Routes()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        document.ShouldContain("/api/app/grid");
        document.ShouldContain("/api/app/staffing-norm/advice/{communityId}");
    }

    [Fact]
    public async Task Should_Give_A_Cookie_That_Scripts_Cannot_Read_And_Other_Sites_Cannot_Send()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = "hr.qcl", password = "Demo@12345" });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("GridStaff.Auth="));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);

        var profile = await client.GetFromJsonAsync<JsonElement>("/api/app/my/profile");
        profile.GetProperty("scope").GetProperty("streetName").GetString().ShouldBe("泉城路街道");
    }

    [Fact]
    public async Task Should_Refuse_A_Wrong_Password_With_ProblemDetails()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/account/token", new { userName = "hr.qcl", password = "wrong" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Wrong user name or password.");
    }
}
