namespace GridStaff.Spa;

using System.Net;
using Shouldly;
using Xunit;

public class SpaHosting_Tests : IDisposable
{
    private readonly string _spaRoot = Directory.CreateTempSubdirectory("gridstaff-spa-").FullName;

    public SpaHosting_Tests()
    {
        File.WriteAllText(Path.Combine(_spaRoot, "index.html"), "<!doctype html><title>GridStaff SPA</title>");
        File.WriteAllText(Path.Combine(_spaRoot, "main-ABC123.js"), "console.log('app');");
    }

    public void Dispose() => Directory.Delete(_spaRoot, recursive: true);

    [Fact]
    public async Task Should_Serve_Index_For_Client_Routes_And_Root()
    {
        using var factory = new SpaHostFactory(_spaRoot);
        var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/grids/0195d0f0-0000-7000-8000-000000000001/edit", "/workspace" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync()).ShouldContain("GridStaff SPA");
            response.Headers.CacheControl?.NoCache.ShouldBe(true, path);
        }
    }

    [Fact]
    public async Task Should_Serve_Bundles_With_Long_Cache()
    {
        using var factory = new SpaHostFactory(_spaRoot);
        var response = await factory.CreateClient().GetAsync("/main-ABC123.js");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl?.MaxAge.ShouldBe(TimeSpan.FromDays(365));
    }

    [Fact]
    public async Task Should_Not_Answer_Unknown_Api_Paths_With_The_Spa()
    {
        using var factory = new SpaHostFactory(_spaRoot);
        var response = await factory.CreateClient().GetAsync("/api/app/no-such-thing");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("GridStaff SPA");
    }

    [Fact]
    public async Task Should_Start_Without_A_Spa_Build()
    {
        using var factory = new SpaHostFactory(spaRoot: null);
        var client = factory.CreateClient();
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/workspace")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
