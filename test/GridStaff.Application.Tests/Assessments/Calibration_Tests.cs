namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using Shouldly;
using Xunit;

public class Calibration_Tests : AssessmentScenarioTestBase
{
    private IAssessmentResultAppService Results => GetRequiredService<IAssessmentResultAppService>();

    private async Task<Dictionary<Guid, AssessmentResultDto>> ListAsync(Guid cycleId) =>
        (await Results.GetListAsync(new GetAssessmentResultListDto { CycleId = cycleId })).Items.ToDictionary(r => r.WorkerId);

    [Fact]
    public async Task Should_Move_Grades_Within_The_Quota_Keep_The_Computed_Grade_And_Refuse_Beyond_It()
    {
        // Rounded to the nearest: 4 assessed × 20 % = 0.8 → 1 excellent (Y, 100 points).
        var s = await BuildScoredCycleAsync(new QuotaSettings { Rounding = QuotaRounding.Nearest });
        await CompileAsync(s.CycleId);
        LoginAs(TestData.NorthHr);
        var results = await ListAsync(s.CycleId);
        results[s.Y.WorkerId].Grade.ShouldBe(Grade.Excellent);

        var refused = await Should.ThrowAsync<BusinessException>(() =>
            Results.CalibrateAsync(results[s.X.WorkerId].Id, new CalibrateResultDto { Grade = Grade.Excellent, Reason = "Flood duty" }));
        refused.Code.ShouldBe(AssessmentErrorCodes.QuotaExceeded);

        await Results.CalibrateAsync(results[s.Y.WorkerId].Id, new CalibrateResultDto { Grade = Grade.Qualified, Reason = "No HR score this cycle" });
        var x = await Results.CalibrateAsync(results[s.X.WorkerId].Id, new CalibrateResultDto { Grade = Grade.Excellent, Reason = "Flood duty" });

        x.Grade.ShouldBe(Grade.Excellent);
        x.ComputedGrade.ShouldBe(Grade.Qualified);
        x.CalibrationReason.ShouldBe("Flood duty");
        var distribution = await Results.GetDistributionAsync(s.CycleId);
        distribution.Pools.ShouldHaveSingleItem().ShouldBe(new QuotaPoolDto("street", 4, 1, 1, 1));
    }

    [Fact]
    public async Task Should_Refuse_Calibration_After_Publication()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().PublishAsync(s.CycleId);

        var x = (await ListAsync(s.CycleId))[s.X.WorkerId];
        (await Should.ThrowAsync<BusinessException>(() => Results.CalibrateAsync(x.Id, new CalibrateResultDto { Grade = Grade.BasicallyQualified, Reason = "Late" })))
            .Code.ShouldBe(AssessmentErrorCodes.NotCalibratable);
    }

    [Fact]
    public async Task Should_Show_Directors_Their_Community_Without_Ranks_And_Other_Streets_Nothing()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);

        LoginAs(TestData.NorthADirector);
        var mine = (await Results.GetListAsync(new GetAssessmentResultListDto { CycleId = s.CycleId })).Items;
        mine.Count.ShouldBe(3);
        mine.ShouldAllBe(r => r.RankInStreet == null && r.RankInCommunity == null);

        LoginAs(TestData.NorthBDirector);
        (await Results.GetListAsync(new GetAssessmentResultListDto { CycleId = s.CycleId })).Items.ShouldHaveSingleItem().WorkerId.ShouldBe(TestData.WorkerB1Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => Results.GetAsync(mine[0].Id));

        LoginAs(TestData.SouthHr);
        await Should.ThrowAsync<EntityNotFoundException>(() => Results.GetListAsync(new GetAssessmentResultListDto { CycleId = s.CycleId }));
    }
}
