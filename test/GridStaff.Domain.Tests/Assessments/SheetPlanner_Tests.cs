namespace GridStaff.Assessments;

using GridStaff.EvaluationCycles;
using Shouldly;
using Xunit;

public class SheetPlanner_Tests
{
    private static readonly Guid Street = Guid.NewGuid();

    private static List<EnrolleeSnapshot> Community(Guid community, int size) =>
        Enumerable.Range(0, size).Select(n => new EnrolleeSnapshot(Guid.NewGuid(), Street, community, $"W{n}", Guid.NewGuid(), [], new DateOnly(2020, 1, 1))).ToList();

    [Fact]
    public void Should_Never_Let_A_Worker_Score_Themselves_As_A_Peer_And_Keep_Peers_In_The_Community()
    {
        var a = Community(Guid.NewGuid(), 7);
        var b = Community(Guid.NewGuid(), 3);
        var sheets = SheetPlanner.Plan(Guid.NewGuid(), TestTemplates.Standard(), [.. a, .. b]);

        var peerSheets = sheets.Where(s => s.Group == RaterGroupKind.Peers).ToList();
        peerSheets.ShouldAllBe(s => s.RaterWorkerId != s.WorkerId);
        var communityOf = a.Concat(b).ToDictionary(e => e.WorkerId, e => e.CommunityId);
        peerSheets.ShouldAllBe(s => communityOf[s.RaterWorkerId!.Value] == s.CommunityId);
    }

    [Fact]
    public void Should_Balance_Peer_Sheets_So_Everybody_Scores_As_Many_As_They_Are_Scored_By()
    {
        var workers = Community(Guid.NewGuid(), 9);
        var sheets = SheetPlanner.Plan(Guid.NewGuid(), TestTemplates.Standard(), workers).Where(s => s.Group == RaterGroupKind.Peers).ToList();

        sheets.GroupBy(s => s.WorkerId).ShouldAllBe(g => g.Count() == 2);
        sheets.GroupBy(s => s.RaterWorkerId).ShouldAllBe(g => g.Count() == 2);
        sheets.GroupBy(s => s.WorkerId).ShouldAllBe(g => g.Select(s => s.RaterWorkerId).Distinct().Count() == 2);
    }

    [Fact]
    public void Should_Give_Fewer_Peers_In_A_Community_Of_Two()
    {
        var workers = Community(Guid.NewGuid(), 2);
        var sheets = SheetPlanner.Plan(Guid.NewGuid(), TestTemplates.Standard(), workers);

        sheets.Count(s => s.Group == RaterGroupKind.Peers).ShouldBe(2);
        sheets.Count(s => s.Group == RaterGroupKind.Director).ShouldBe(2);
        sheets.Count(s => s.Group == RaterGroupKind.StreetHr).ShouldBe(2);
        sheets.ShouldNotContain(s => s.Group == RaterGroupKind.Self);
    }

    [Fact]
    public void Should_Plan_The_Same_Peers_For_The_Same_Cycle()
    {
        var cycle = Guid.NewGuid();
        var workers = Community(Guid.NewGuid(), 6);
        string Pairs() => string.Join(';', SheetPlanner.Plan(cycle, TestTemplates.Standard(), workers)
            .Where(s => s.Group == RaterGroupKind.Peers).Select(s => $"{s.WorkerId}<{s.RaterWorkerId}").Order());
        Pairs().ShouldBe(Pairs());
    }
}
