namespace GridStaff.Spa;

using System.Text.Json.Nodes;
using Shouldly;
using Xunit;

/// <summary>
/// The Angular client in angular/src/app/proxy is generated from angular/openapi.json; this test
/// keeps that file equal to the Host's live document, so an API change without a regenerated client
/// fails here (and `npm run proxy:check` fails when the proxy differs from openapi.json).
/// </summary>
public class AngularProxy_Tests
{
    [Fact]
    public async Task Should_Have_Checked_In_OpenApi_Document_Equal_To_The_Live_One()
    {
        using var factory = new SpaHostFactory(spaRoot: null);
        var live = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        live.Remove("servers"); // names the port; angular/scripts/proxy.mjs drops it too

        var path = Path.Combine(SpaHostFactory.RepositoryRoot(), "angular", "openapi.json");
        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(path));

        JsonNode.DeepEquals(live, checkedIn).ShouldBeTrue(
            "angular/openapi.json is stale against the Host's /openapi/v1.json: run `npm run proxy` in angular/ and commit the regenerated src/app/proxy.");
    }
}
