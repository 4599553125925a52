namespace GridStaff;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GridStaff.Assessments;
using GridStaff.EvaluationCycles;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

/// <summary>The assessment API over HTTP: permissions per role, validation, business codes, the recurring scheduler.</summary>
[Collection(HostCollection.Name)]
public class Assessment_Tests(GridStaffWebApplicationFactory factory)
{
    [Fact]
    public void Should_Register_The_Recurring_Scheduler_Every_15_Minutes()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs().Where(j => j.Id == AssessmentSchedulerOptions.JobId).ShouldHaveSingleItem();
        job.Cron.ShouldBe("*/15 * * * *");
        job.Job.Type.ShouldBe(typeof(AssessmentSchedulerJob));
    }

    [Fact]
    public async Task Should_Keep_Rankings_Calibration_And_Templates_From_Workers()
    {
        var worker = await factory.ClientForAsync("worker.frj");
        (await worker.GetAsync($"/api/app/assessment-result?cycleId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await worker.PostAsJsonAsync($"/api/app/assessment-result/{Guid.NewGuid()}/calibrate", new { grade = "Excellent", reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await worker.GetAsync("/api/app/assessment-template")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The demo worker user is not linked to a worker record: they rate nothing, whatever their community scope.
        var sheets = await worker.GetFromJsonAsync<JsonElement>("/api/app/score-sheet");
        sheets.GetProperty("totalCount").GetInt64().ShouldBe(0);

        var director = await factory.ClientForAsync("director.frj");
        (await director.PostAsJsonAsync($"/api/app/assessment-result/{Guid.NewGuid()}/calibrate", new { grade = "Excellent", reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await director.GetAsync("/api/app/assessment-template")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClient().GetAsync("/api/app/score-sheet")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Seed_Each_Demo_Street_Its_Own_Annual_Template()
    {
        foreach (var user in new[] { "hr.qcl", "hr.jfl" })
        {
            var hr = await factory.ClientForAsync(user);
            var street = (await hr.GetFromJsonAsync<JsonElement>("/api/app/street")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
            var templates = (await hr.GetFromJsonAsync<JsonElement>("/api/app/assessment-template?LatestOnly=true&Code=ANNUAL"))
                .GetProperty("items").EnumerateArray().ToList();
            var template = templates.ShouldHaveSingleItem();
            template.GetProperty("streetId").GetString().ShouldBe(street.GetProperty("id").GetString());
            template.GetProperty("warnings").GetArrayLength().ShouldBe(0);
        }
    }

    [Fact]
    public async Task Should_Answer_400_Naming_The_Missing_Template_Of_A_Cycle()
    {
        var hr = await factory.ClientForAsync("hr.qcl");
        var response = await hr.PostAsJsonAsync("/api/app/evaluation-cycle", new { name = "2026 Q1", periodStart = "2026-01-01", periodEnd = "2026-03-31" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("templateId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Answer_422_With_The_Code_For_Rated_Weights_Not_Summing_To_100()
    {
        var hr = await factory.ClientForAsync("hr.qcl");
        var streets = await hr.GetFromJsonAsync<JsonElement>("/api/app/street");
        var response = await hr.PostAsJsonAsync("/api/app/assessment-template", new
        {
            streetId = streets.GetProperty("items")[0].GetProperty("id").GetString(), code = "BAD", name = "Bad weights",
            definition = new
            {
                dimensions = new[] { new { name = "德", indicators = new[] { new { code = "A", name = "A", kind = "Rated", weight = 60, maxScore = 10 } } } },
                raterGroups = new[] { new { kind = "Director", weight = 100, indicatorCodes = new[] { "A" } } },
            },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(AssessmentErrorCodes.InvalidTemplate);
    }
}
