namespace GridStaff.Workers;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

/// <summary>The real Host on a demo SQLite database (migrated and seeded on start), shared by the tests of the class.</summary>
public sealed class WorkforceHostFixture : WebApplicationFactory<Program>
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"gridstaff-host-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_db}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Hangfire:Storage", "InMemory");
        builder.UseSetting("Hangfire:Server:Enabled", "false");
        builder.UseSetting("PersonalData:Key", PersonalDataOptions.DevelopmentKey);
    }

    public async Task<HttpClient> LoginAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/token", new { userName, password = "Demo@12345" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_db)!, Path.GetFileNameWithoutExtension(_db) + "*")) File.Delete(file);
    }
}

public class WorkerHost_Tests(WorkforceHostFixture host) : IClassFixture<WorkforceHostFixture>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> AnyWorkerIdAsync(string userName)
    {
        var page = await JsonAsync(await (await host.LoginAsync(userName)).GetAsync("/api/app/worker?MaxResultCount=1"));
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Should_Answer_401_To_An_Anonymous_Caller()
    {
        (await host.CreateClient().GetAsync("/api/app/worker")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await host.CreateClient().GetAsync("/api/app/my/worker")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Show_The_Demo_Worker_Their_Own_Masked_Record_And_Nothing_Else()
    {
        var client = await host.LoginAsync("worker.frj");
        var me = await JsonAsync(await client.GetAsync("/api/app/my/worker"));
        me.GetProperty("idNumberMasked").GetString()!.ShouldMatch(@"^\d{4}\*{10}[\dX]{4}$");
        me.GetProperty("phoneMasked").GetString()!.ShouldMatch(@"^\d{3}\*{4}\d{4}$");
        me.GetProperty("kind").GetString().ShouldBe("FullTimeGridWorker");
        (await JsonAsync(await client.GetAsync("/api/app/my/worker/history"))).GetArrayLength().ShouldBeGreaterThan(0);
        (await JsonAsync(await client.GetAsync("/api/app/my/worker/contracts"))).GetArrayLength().ShouldBeGreaterThan(0);

        (await client.GetAsync("/api/app/worker")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/app/worker/{me.GetProperty("id").GetString()}/history")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Need_The_Reveal_Permission_And_Give_Clear_Values_To_Hr()
    {
        var id = await AnyWorkerIdAsync("director.frj");
        (await (await host.LoginAsync("director.frj")).PostAsync($"/api/app/worker/{id}/reveal-personal-data", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var revealed = await JsonAsync(await (await host.LoginAsync("hr.qcl")).PostAsync($"/api/app/worker/{id}/reveal-personal-data", null));
        var idNumber = revealed.GetProperty("idNumber").GetString()!;
        ResidentIdNumber.TryParse(idNumber, out _).ShouldNotBeNull();
        (await (await host.LoginAsync("hr.jfl")).PostAsync($"/api/app/worker/{id}/reveal-personal-data", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Answer_404_For_A_Worker_Of_Another_Street()
    {
        var id = await AnyWorkerIdAsync("hr.qcl");
        var other = await host.LoginAsync("hr.jfl");
        (await other.GetAsync($"/api/app/worker/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/app/worker/{id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Answer_400_Naming_The_Field_And_422_With_The_Code()
    {
        var hr = await host.LoginAsync("hr.qcl");
        var bad = await hr.PostAsJsonAsync("/api/app/worker", new { name = "张三", idNumber = "123" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("idNumber", out _).ShouldBeTrue();

        var worker = await JsonAsync(await hr.GetAsync($"/api/app/worker/{await AnyWorkerIdAsync("hr.qcl")}"));
        var grade = await hr.PostAsJsonAsync($"/api/app/worker/{worker.GetProperty("id").GetString()}/grade",
            new { grade = 60, effectiveOn = "2026-11-20" });
        grade.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await grade.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(WorkerErrorCodes.IllegalTransition);
    }

    [Fact]
    public async Task Should_Export_An_Xlsx_Roster()
    {
        var response = await (await host.LoginAsync("hr.qcl")).GetAsync("/api/app/worker/roster/export");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
        (await (await host.LoginAsync("director.frj")).GetAsync("/api/app/worker/roster/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
