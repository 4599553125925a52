namespace GridStaff.Assessments;

using System.Text;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.ScoreSheets;

/// <summary>
/// A hand-computed scenario on real workers: North A's seeded worker A1 (X) and two hired (Y on grid A2, Z on A3); North B's
/// worker B1 is enrolled too but nobody scores them (every group missing → 0, flagged). The standard fixture template.
/// X: director 9/8/10 = 90, peers A9 B7 = 81.43, HR C7 = 70 → rated 83.43 × 0.9 = 75.09 + visits 80 → 8 + bonus 5 capped 3 = 86.09.
/// Y: director 10s = 100, peers 10s = 100, HR sheet left open (group dropped, flagged) → 90 + visits 100 → 10 = 100.
/// Z: 5s everywhere = 50 → 45, no work data → 45.
/// </summary>
public sealed record ScoredCycle(Guid CycleId, Guid TemplateId, EnrolleeSnapshot X, EnrolleeSnapshot Y, EnrolleeSnapshot Z)
{
}

public abstract class AssessmentScenarioTestBase : AssessmentTestBase
{
    public async Task<ScoredCycle> BuildScoredCycleAsync(QuotaSettings? quota = null, PeriodKind kind = PeriodKind.Quarterly)
    {
        var definition = AssessmentFixtures.Template() with { Quota = quota ?? new QuotaSettings() };
        var template = await CreateTemplateAsync(definition);
        var cycle = await CreateCycleAsync(template.Id, kind);
        var x = new EnrolleeSnapshot(TestData.WorkerA1Id, TestData.NorthStreetId, TestData.NorthACommunityId, "Worker A1", Guid.Empty, [TestData.GridA1Id], new(2024, 3, 1));
        var y = await HireAsync(TestData.NorthACommunityId, TestData.GridA2Id, "Worker Y", "11010119910203456", new(2024, 6, 1));
        var z = await HireAsync(TestData.NorthACommunityId, TestData.GridA3Id, "Worker Z", "11010119880506789", new(2025, 1, 1));
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().OpenAsync(cycle.Id);

        LoginAs(TestData.NorthHr);
        await GetRequiredService<IAssessmentTemplateAppService>().ImportWorkDataAsync(
            new ImportWorkDataDto { StreetId = TestData.NorthStreetId, PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 3, 31) },
            new MemoryStream(Encoding.UTF8.GetBytes($"workerId,indicatorCode,value\n{x.WorkerId},VISITS,80\n{x.WorkerId},BONUS,5\n{y.WorkerId},VISITS,100\n")));

        foreach (var sheet in await SheetsAsync(TestData.NorthADirector, cycle.Id))
        {
            var s = sheet.WorkerId == x.WorkerId ? new[] { 9m, 8m, 10m } : sheet.WorkerId == y.WorkerId ? [10m, 10m, 10m] : [5m, 5m, 5m];
            await ScoreAsync(sheet, ("A", s[0]), ("B", s[1]), ("C", s[2]));
        }
        foreach (var sheet in await SheetsAsync(TestData.NorthHr, cycle.Id))
        {
            if (sheet.WorkerId == x.WorkerId) await ScoreAsync(sheet, ("C", 7));
            if (sheet.WorkerId == z.WorkerId) await ScoreAsync(sheet, ("C", 5));
        }
        foreach (var rater in new[] { x, y, z })
            foreach (var sheet in await SheetsAsync(WorkerUser(rater.WorkerId, rater.CommunityId), cycle.Id))
            {
                var (a, b) = sheet.WorkerId == x.WorkerId ? (9m, 7m) : sheet.WorkerId == y.WorkerId ? (10m, 10m) : (5m, 5m);
                await ScoreAsync(sheet, ("A", a), ("B", b));
            }

        Clock.Advance(TimeSpan.FromDays(15));
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().CloseAsync(cycle.Id);
        return new ScoredCycle(cycle.Id, template.Id, x, y, z);
    }

    protected async Task CompileAsync(Guid cycleId, int batchSize = 2)
    {
        LoginAsSystem();
        await GetRequiredService<GridStaff.AssessmentResults.AssessmentCompiler>().CompileAsync(cycleId, batchSize);
    }
}
