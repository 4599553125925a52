namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using Shouldly;
using Xunit;
using static TestTemplates;

public class AssessmentCalculator_Tests
{
    private static readonly TemplateDefinition Template = Standard();

    [Fact]
    public void Should_Compute_The_Hand_Computed_Example()
    {
        // Director: (0.9·40 + 0.8·30 + 1.0·30) = 90. Peers: (32+18)/70·100 = 71.43 and (40+27)/70·100 = 95.71, mean 83.5714.
        // HR: C=7 → 70. Rated = 0.5·90 + 0.3·83.5714 + 0.2·70 = 84.0714; × 90 % share = 75.6643.
        // Visits 80/100 → 8 points; bonus 5 capped at 3; deduction 2. Total 75.6643 + 8 + 3 − 2 = 84.6643 → 84.66.
        var input = new WorkerScoreInput(Guid.NewGuid(),
        [
            new SheetScores(RaterGroupKind.Director, Scores(("A", 9), ("B", 8), ("C", 10))),
            new SheetScores(RaterGroupKind.Peers, Scores(("A", 8), ("B", 6))),
            new SheetScores(RaterGroupKind.Peers, Scores(("A", 10), ("B", 9))),
            new SheetScores(RaterGroupKind.StreetHr, Scores(("C", 7))),
        ], Scores(("VISITS", 80), ("BONUS", 5), ("COMPLAINTS", 2)));

        var result = AssessmentCalculator.Compute(Template, input);

        result.Total.ShouldBe(84.66m);
        result.Grade.ShouldBe(Grade.Qualified);
        result.GroupMissing.ShouldBeFalse();
        result.DirectorScore.ShouldBe(90m);
        result.Breakdown.Groups.Select(g => g.Score).ShouldBe([90m, 83.57m, 70m]);
        result.Breakdown.Groups.Select(g => g.EffectiveWeight).ShouldBe([50m, 30m, 20m]);
        result.Breakdown.RatedScore.ShouldBe(84.07m);
        result.Breakdown.RatedShare.ShouldBe(90m);
        result.Breakdown.DataFedPoints.ShouldBe(8m);
        result.Breakdown.BonusPoints.ShouldBe(3m);
        result.Breakdown.DeductionPoints.ShouldBe(2m);
        result.Breakdown.Indicators.Single(i => i.Code == "A" && i.Group == RaterGroupKind.Peers).Value.ShouldBe(9m);
    }

    [Fact]
    public void Should_Drop_A_Group_Without_Sheets_Reweight_The_Others_And_Flag_It()
    {
        // No HR sheet: director 90 and peers (40+24)/70·100 = 91.4286 re-weighted 50:30 → 90.5357; × 0.9 = 81.4821;
        // visits 150/100 capped at 10; bonus 4 capped at 3 → 94.4821 → 94.48.
        var input = new WorkerScoreInput(Guid.NewGuid(),
        [
            new SheetScores(RaterGroupKind.Director, Scores(("A", 9), ("B", 9), ("C", 9))),
            new SheetScores(RaterGroupKind.Peers, Scores(("A", 10), ("B", 8))),
        ], Scores(("VISITS", 150), ("BONUS", 4)));

        var result = AssessmentCalculator.Compute(Template, input);

        result.Total.ShouldBe(94.48m);
        result.Grade.ShouldBe(Grade.Excellent);
        result.GroupMissing.ShouldBeTrue();
        result.Breakdown.Groups.Single(g => g.Group == RaterGroupKind.StreetHr).ShouldBe(new GroupBreakdown(RaterGroupKind.StreetHr, 20, 0, 0, null));
        result.Breakdown.Groups.Select(g => g.EffectiveWeight).ShouldBe([62.5m, 37.5m, 0m]);
    }

    [Fact]
    public void Should_Cap_Deductions_And_Never_Go_Below_Zero()
    {
        // All zeros from every rater, no visits, 8 deduction points capped at 5 → −5 → clamped to 0.
        var input = new WorkerScoreInput(Guid.NewGuid(),
        [
            new SheetScores(RaterGroupKind.Director, Scores(("A", 0), ("B", 0), ("C", 0))),
            new SheetScores(RaterGroupKind.StreetHr, Scores(("C", 0))),
        ], Scores(("COMPLAINTS", 8)));

        var result = AssessmentCalculator.Compute(Template, input);

        result.Breakdown.DeductionPoints.ShouldBe(5m);
        result.Total.ShouldBe(0m);
        result.Grade.ShouldBe(Grade.Unqualified);
    }

    [Fact]
    public void Should_Cap_The_Total_At_100()
    {
        var input = new WorkerScoreInput(Guid.NewGuid(),
        [
            new SheetScores(RaterGroupKind.Director, Scores(("A", 10), ("B", 10), ("C", 10))),
            new SheetScores(RaterGroupKind.Peers, Scores(("A", 10), ("B", 10))),
            new SheetScores(RaterGroupKind.StreetHr, Scores(("C", 10))),
        ], Scores(("VISITS", 100), ("BONUS", 3)));

        var result = AssessmentCalculator.Compute(Template, input);

        result.Total.ShouldBe(100m);
        result.Grade.ShouldBe(Grade.Excellent);
    }

    [Theory]
    [InlineData(89.99, Grade.Qualified)]
    [InlineData(90, Grade.Excellent)]
    [InlineData(75, Grade.Qualified)]
    [InlineData(74.99, Grade.BasicallyQualified)]
    [InlineData(60, Grade.BasicallyQualified)]
    [InlineData(59.99, Grade.Unqualified)]
    [InlineData(0, Grade.Unqualified)]
    [InlineData(100, Grade.Excellent)]
    public void Should_Grade_By_The_Default_Bands(double total, Grade expected) =>
        AssessmentCalculator.GradeOf(Template, (decimal)total).ShouldBe(expected);

    [Fact]
    public void Should_Round_Half_Away_From_Zero_To_Two_Decimals()
    {
        AssessmentCalculator.Round(84.665m).ShouldBe(84.67m);
        AssessmentCalculator.Round(84.6649m).ShouldBe(84.66m);
    }
}
