namespace GridStaff;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

/// <summary>
/// The real Host on a temporary SQLite file: migrations applied and the demo seeded at start,
/// exactly as the run command does; Hangfire on in-memory storage.
/// </summary>
public class GridStaffWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"gridstaff-host-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _tokens = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_folder, "gridstaff.db")}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Hangfire:Storage", "InMemory");
        builder.UseSetting("PersonalData:Key", Workers.PersonalDataOptions.DevelopmentKey);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A client carrying a bearer token for a demo user (password Demo@12345).</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await CreateClient().PostAsJsonAsync("/api/account/token", new { userName, password = "Demo@12345" });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            _tokens[userName] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}

[CollectionDefinition(Name)]
public class HostCollection : ICollectionFixture<GridStaffWebApplicationFactory>
{
    public const string Name = "Host";
}
