namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using Shouldly;
using Xunit;

public class Consequences_Tests : AssessmentScenarioTestBase
{
    [Fact]
    public async Task Should_Expose_Promotion_Coefficient_And_Unqualified_Streak_Of_A_Finalized_Annual_Result()
    {
        var s = await BuildScoredCycleAsync(kind: PeriodKind.Annual);
        await CompileAsync(s.CycleId);
        LoginAs(TestData.NorthHr);
        var cycles = GetRequiredService<IEvaluationCycleAppService>();
        await cycles.PublishAsync(s.CycleId);

        var results = GetRequiredService<IAssessmentResultAppService>();
        (await results.GetConsequencesAsync(s.X.WorkerId, 2026)).HasFinalizedResult.ShouldBeFalse();

        Clock.Advance(TimeSpan.FromDays(10));
        await GetRequiredService<IEvaluationCycleAppService>().FinalizeAsync(s.CycleId);

        var x = await GetRequiredService<IAssessmentResultAppService>().GetConsequencesAsync(s.X.WorkerId, 2026);
        (x.HasFinalizedResult, x.Grade, x.QualifiedForPromotion, x.PerformanceCoefficient, x.UnqualifiedStreak)
            .ShouldBe((true, (Grade?)Grade.Qualified, true, 1.0m, 0));
        var z = await GetRequiredService<IAssessmentResultAppService>().GetConsequencesAsync(s.Z.WorkerId, 2026);
        (z.Grade, z.QualifiedForPromotion, z.PerformanceCoefficient, z.UnqualifiedStreak).ShouldBe(((Grade?)Grade.Unqualified, false, 0m, 1));

        LoginAs(WorkerUser(s.X.WorkerId, s.X.CommunityId));
        (await GetRequiredService<IMyAssessmentAppService>().GetConsequencesAsync(2026)).PerformanceCoefficient.ShouldBe(1.0m);
    }
}
