namespace GridStaff;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Shouldly;
using Xunit;

/// <summary>The Host as the end-to-end suite runs it: environment Testing with the adjustable clock on.</summary>
public sealed class TestClockWebApplicationFactory : GridStaffWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Testing:Clock", "true");
    }
}

public class TestingClock_Tests(TestClockWebApplicationFactory factory) : IClassFixture<TestClockWebApplicationFactory>
{
    [Fact]
    public async Task Should_Close_A_Cycle_When_The_Clock_Passes_Its_Deadline_And_The_Scheduler_Runs()
    {
        var hr = await factory.ClientForAsync("hr.qcl");
        var admin = await factory.ClientForAsync("admin");
        var street = (await hr.GetFromJsonAsync<JsonElement>("/api/app/street")).GetProperty("items")[0].GetProperty("id").GetString();
        var template = await ReadAsync(await hr.PostAsJsonAsync("/api/app/assessment-template", new
        {
            streetId = street, code = "CLOCK", name = "Clock test",
            definition = new
            {
                dimensions = new[] { new { name = "德", indicators = new[] { new { code = "A", name = "A", kind = "Rated", weight = 100, maxScore = 10 } } } },
                raterGroups = new[] { new { kind = "Director", weight = 100, indicatorCodes = new[] { "A" } } },
            },
        }));
        var now = (await admin.GetFromJsonAsync<JsonElement>("/api/testing/clock")).GetProperty("utcNow").GetDateTimeOffset();
        var cycle = await ReadAsync(await hr.PostAsJsonAsync("/api/app/evaluation-cycle", new
        {
            streetId = street, name = "Clock test", periodKind = "Monthly", periodStart = "2026-11-01", periodEnd = "2026-11-30",
            templateId = template.GetProperty("id").GetString(),
            opensAt = now.UtcDateTime, scoringDeadline = now.UtcDateTime.AddHours(2), publishOn = now.UtcDateTime.AddDays(3),
        }));
        var id = cycle.GetProperty("id").GetString();
        (await hr.PostAsync($"/api/app/evaluation-cycle/{id}/open", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsync("/api/testing/scheduler/run", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await StatusAsync(hr, id)).ShouldBe("Open");

        var advanced = await ReadAsync(await admin.PostAsJsonAsync("/api/testing/clock/advance", new { hours = 3 }));
        advanced.GetProperty("offsetHours").GetDouble().ShouldBe(3);
        (await admin.PostAsync("/api/testing/scheduler/run", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await StatusAsync(hr, id)).ShouldBeOneOf("Closed", "Compiled");
        // Times read back from SQLite are UTC and say so, or a browser in UTC+8 would show them 8 hours off.
        var stored = await hr.GetFromJsonAsync<JsonElement>($"/api/app/evaluation-cycle/{id}");
        stored.GetProperty("closedAt").GetString().ShouldEndWith("Z");
        stored.GetProperty("scoringDeadline").GetString().ShouldEndWith("Z");
        // Signed-in users stay signed in: authentication keeps real time.
        (await hr.GetAsync("/api/app/my/profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Let_Only_Admins_Move_The_Clock_And_Refuse_Going_Backwards()
    {
        var director = await factory.ClientForAsync("director.frj");
        (await director.PostAsJsonAsync("/api/testing/clock/advance", new { hours = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClient().GetAsync("/api/testing/clock")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var admin = await factory.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/testing/clock/advance", new { hours = -5 });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("hours", out _).ShouldBeTrue();
    }

    private static async Task<string?> StatusAsync(HttpClient client, string? cycleId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/app/evaluation-cycle/{cycleId}")).GetProperty("status").GetString();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>Outside the Testing environment with the clock switched on, the hooks do not exist.</summary>
[Collection(HostCollection.Name)]
public class TestingEndpointsAbsent_Tests(GridStaffWebApplicationFactory factory)
{
    [Fact]
    public async Task Should_Answer_404_For_The_Testing_Endpoints_When_The_Clock_Is_Off()
    {
        var admin = await factory.ClientForAsync("admin");
        (await admin.GetAsync("/api/testing/clock")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsJsonAsync("/api/testing/clock/advance", new { hours = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
