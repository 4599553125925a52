namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using Shouldly;
using Xunit;

public class AnnualCombination_Tests : AssessmentScenarioTestBase
{
    [Fact]
    public async Task Should_Combine_The_Half_Year_At_40_Percent_With_The_Year_End_At_60()
    {
        var half = await BuildScoredCycleAsync(kind: PeriodKind.HalfYear);
        await CompileAsync(half.CycleId);   // X 86.09, Z 45

        var annual = await CreateCycleAsync(half.TemplateId, PeriodKind.Annual, [new CycleComponentInput { CycleId = half.CycleId, Weight = 40 }]);
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().OpenAsync(annual.Id);
        var xSheet = (await SheetsAsync(TestData.NorthADirector, annual.Id)).Single(s => s.WorkerId == half.X.WorkerId);
        await ScoreAsync(xSheet, ("A", 10), ("B", 10), ("C", 10));
        Clock.Advance(TimeSpan.FromDays(15));
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().CloseAsync(annual.Id);
        await CompileAsync(annual.Id);

        LoginAs(TestData.NorthHr);
        var results = (await GetRequiredService<IAssessmentResultAppService>().GetListAsync(new GetAssessmentResultListDto { CycleId = annual.Id }))
            .Items.ToDictionary(r => r.WorkerId);
        // X year-end: director 100 (the other groups dropped) × 0.9 + visits 8 + bonus 3 → 100 (capped); 100 × 60 % + 86.09 × 40 % = 94.44.
        results[half.X.WorkerId].Total.ShouldBe(94.44m);
        results[half.X.WorkerId].Breakdown.Components.ShouldBe([new ComponentBreakdown(annual.Id, 60, 100), new ComponentBreakdown(half.CycleId, 40, 86.09m)]);
        // Z has no year-end score at all: 0 × 60 % + 45 × 40 % = 18.
        results[half.Z.WorkerId].Total.ShouldBe(18m);
        results[half.Z.WorkerId].GroupMissing.ShouldBeTrue();
    }
}
