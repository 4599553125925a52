namespace GridStaff;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

/// <summary>Bad input over HTTP: ProblemDetails that name the problem, and nothing written.</summary>
[Collection(HostCollection.Name)]
public class GridApi_Tests(GridStaffWebApplicationFactory factory)
{
    private async Task<(HttpClient Client, JsonElement Community, JsonElement Grid)> HrWithAGridAsync()
    {
        var hr = await factory.ClientForAsync("hr.qcl");
        var communities = await hr.GetFromJsonAsync<JsonElement>("/api/app/community?filter=芙蓉街");
        var community = communities.GetProperty("items")[0];
        var grids = await hr.GetFromJsonAsync<JsonElement>($"/api/app/grid?communityId={community.GetProperty("id")}&maxResultCount=1");
        return (hr, community, grids.GetProperty("items")[0]);
    }

    private static async Task<long> CountAsync(HttpClient client, string communityId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/grid?communityId={communityId}")).GetProperty("totalCount").GetInt64();

    [Fact]
    public async Task Should_Answer_400_Naming_Negative_Households_And_Write_Nothing()
    {
        var (hr, community, _) = await HrWithAGridAsync();
        var communityId = community.GetProperty("id").GetString()!;
        var before = await CountAsync(hr, communityId);

        var response = await hr.PostAsJsonAsync("/api/app/grid", new { communityId, code = "FRJ-99", name = "坏数据", households = -5 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("households", out _).ShouldBeTrue();
        (await CountAsync(hr, communityId)).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Answer_409_With_The_Code_For_A_Duplicate_Grid_Code()
    {
        var (hr, community, grid) = await HrWithAGridAsync();
        var response = await hr.PostAsJsonAsync("/api/app/grid", new
        {
            communityId = community.GetProperty("id").GetString(), code = grid.GetProperty("code").GetString(), name = "重复", households = 300,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(GridStaffErrorCodes.DuplicateCode);
        problem.GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Answer_400_For_A_Missing_Parent_And_422_For_An_Unknown_One()
    {
        var (hr, _, _) = await HrWithAGridAsync();

        var missing = await hr.PostAsJsonAsync("/api/app/grid", new { code = "X-1", name = "无父级", households = 300 });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("communityId", out _).ShouldBeTrue();

        var unknown = await hr.PostAsJsonAsync("/api/app/grid", new { communityId = Guid.NewGuid(), code = "X-1", name = "无父级", households = 300 });
        unknown.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(GridStaffErrorCodes.ParentNotFound);
        problem.GetProperty("errors").TryGetProperty("communityId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Answer_404_To_A_Director_Asking_For_Another_Communitys_Grid()
    {
        var jflHr = await factory.ClientForAsync("hr.jfl");
        var otherGrid = (await jflHr.GetFromJsonAsync<JsonElement>("/api/app/grid?maxResultCount=1")).GetProperty("items")[0];

        var director = await factory.ClientForAsync("director.frj");
        (await director.GetAsync($"/api/app/grid/{otherGrid.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var hr = await factory.ClientForAsync("hr.qcl");
        (await hr.GetAsync($"/api/app/grid/{otherGrid.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Give_Staffing_Advice_For_A_Demo_Community()
    {
        var (hr, community, _) = await HrWithAGridAsync();
        var advice = await hr.GetFromJsonAsync<JsonElement>($"/api/app/staffing-norm/advice/{community.GetProperty("id")}");
        advice.GetProperty("households").GetInt32().ShouldBeGreaterThan(1000);
        advice.GetProperty("recommendedWorkersMin").GetInt32().ShouldBeGreaterThan(0);
        advice.GetProperty("norm").GetProperty("gridHouseholdsMax").GetInt32().ShouldBe(500);
    }

    [Fact]
    public async Task Should_Write_Enums_As_Names()
    {
        var (_, _, grid) = await HrWithAGridAsync();
        grid.GetProperty("kind").GetString().ShouldBe("Comprehensive");
    }
}
