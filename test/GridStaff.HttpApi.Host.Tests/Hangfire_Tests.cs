namespace GridStaff;

using System.Net;
using Shouldly;
using Xunit;

[Collection(HostCollection.Name)]
public class Hangfire_Tests(GridStaffWebApplicationFactory factory)
{
    [Fact]
    public async Task Should_Keep_The_Dashboard_From_Anonymous_Callers()
    {
        var status = (await factory.CreateClient().GetAsync("/hangfire")).StatusCode;
        status.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Keep_The_Dashboard_From_A_Director()
    {
        var director = await factory.ClientForAsync("director.frj");
        (await director.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Open_The_Dashboard_To_An_Admin()
    {
        var admin = await factory.ClientForAsync("admin");
        var response = await admin.GetAsync("/hangfire");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("GridStaff jobs");
    }
}
