namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using Shouldly;
using Xunit;

public class MyAssessment_Tests : AssessmentScenarioTestBase
{
    private IMyAssessmentAppService My => GetRequiredService<IMyAssessmentAppService>();

    [Fact]
    public async Task Should_Show_Nothing_Before_Publication()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);

        LoginAs(WorkerUser(s.X.WorkerId, s.X.CommunityId));
        (await My.GetResultsAsync()).ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => My.GetResultAsync(s.CycleId));
    }

    [Fact]
    public async Task Should_Show_A_Worker_Their_Own_Breakdown_With_Anonymous_Peers_And_Nobody_Else()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().PublishAsync(s.CycleId);
        var yResultId = (await GetRequiredService<IAssessmentResultAppService>().GetListAsync(new GetAssessmentResultListDto { CycleId = s.CycleId }))
            .Items.Single(r => r.WorkerId == s.Y.WorkerId).Id;

        LoginAs(WorkerUser(s.X.WorkerId, s.X.CommunityId));
        var mine = await My.GetResultAsync(s.CycleId);

        mine.Total.ShouldBe(86.09m);
        mine.GradeLabel.ShouldBe("合格");
        mine.Groups.Select(g => (g.Group, g.Score)).ShouldBe([(RaterGroupKind.Director, 90m), (RaterGroupKind.Peers, 81.43m), (RaterGroupKind.StreetHr, 70m)]);
        mine.Indicators.ShouldContain(i => i.Code == "VISITS" && i.Points == 8m);
        // Workers cannot read templates: the result names its indicators.
        (mine.IndicatorNames["A"], mine.IndicatorNames["VISITS"]).ShouldBe(("Morality", "Household visits"));
        mine.Trend.ShouldHaveSingleItem().Total.ShouldBe(86.09m);
        (await My.GetResultsAsync()).ShouldHaveSingleItem().CycleId.ShouldBe(s.CycleId);

        // Nobody else's result, whatever the id.
        await Should.ThrowAsync<EntityNotFoundException>(() => GetRequiredService<IAssessmentResultAppService>().GetAsync(yResultId));
        (await GetRequiredService<IAssessmentResultAppService>().GetListAsync(new GetAssessmentResultListDto { CycleId = s.CycleId }))
            .Items.ShouldHaveSingleItem().WorkerId.ShouldBe(s.X.WorkerId);
    }
}
