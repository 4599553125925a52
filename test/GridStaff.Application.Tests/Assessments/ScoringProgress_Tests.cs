namespace GridStaff.Assessments;

using GridStaff.EvaluationCycles;
using Shouldly;
using Xunit;

/// <summary>HR follows scoring per community and rater group; a director sees only their own community.</summary>
public class ScoringProgress_Tests : AssessmentTestBase
{
    private IEvaluationCycleAppService Cycles => GetRequiredService<IEvaluationCycleAppService>();

    private async Task<Guid> OpenCycleAsync()
    {
        var template = await CreateTemplateAsync();
        var cycle = await CreateCycleAsync(template.Id);
        await OpenWithAsync(cycle.Id, [
            Enrollee(TestData.NorthACommunityId), Enrollee(TestData.NorthACommunityId), Enrollee(TestData.NorthACommunityId),
            Enrollee(TestData.NorthBCommunityId),
        ]);
        return cycle.Id;
    }

    [Fact]
    public async Task Should_Count_Sheets_And_Submissions_Per_Community_And_Group()
    {
        var cycleId = await OpenCycleAsync();
        var directorSheets = await SheetsAsync(TestData.NorthADirector, cycleId);
        await ScoreAsync(directorSheets[0], ("A", 9), ("B", 8), ("C", 7));

        LoginAs(TestData.NorthHr);
        var progress = await Cycles.GetScoringProgressAsync(cycleId);

        var northADirector = progress.Single(p => p.CommunityId == TestData.NorthACommunityId && p.Group == RaterGroupKind.Director);
        northADirector.Total.ShouldBe(3);
        northADirector.Submitted.ShouldBe(1);
        northADirector.CommunityName.ShouldNotBeNullOrWhiteSpace();
        // Two peers per worker among three colleagues; the single North B worker has no colleague to rate them.
        progress.Single(p => p.CommunityId == TestData.NorthACommunityId && p.Group == RaterGroupKind.Peers).Total.ShouldBe(6);
        progress.Single(p => p.CommunityId == TestData.NorthBCommunityId && p.Group == RaterGroupKind.Director).ShouldSatisfyAllConditions(
            p => p.Total.ShouldBe(1), p => p.Submitted.ShouldBe(0));
        progress.Where(p => p.Group == RaterGroupKind.StreetHr).Sum(p => p.Total).ShouldBe(4);
    }

    [Fact]
    public async Task Should_Show_A_Director_Only_Their_Community_And_Hide_The_Cycle_From_Another_Street()
    {
        var cycleId = await OpenCycleAsync();

        LoginAs(TestData.NorthADirector);
        (await Cycles.GetScoringProgressAsync(cycleId)).ShouldAllBe(p => p.CommunityId == TestData.NorthACommunityId);

        LoginAs(TestData.SouthHr);
        await Should.ThrowAsync<EntityNotFoundException>(() => Cycles.GetScoringProgressAsync(cycleId));
    }
}
