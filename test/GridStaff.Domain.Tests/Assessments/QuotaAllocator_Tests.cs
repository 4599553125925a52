namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using Shouldly;
using Xunit;

public class QuotaAllocator_Tests
{
    private static readonly Guid CommunityA = Guid.NewGuid();
    private static readonly Guid CommunityB = Guid.NewGuid();
    private static readonly Guid CommunityC = Guid.NewGuid();

    private static QuotaCandidate Worker(decimal total, Guid? community = null, decimal? director = 80, DateOnly? hired = null) =>
        new(Guid.CreateVersion7(), community ?? CommunityA, total, AssessmentCalculator.GradeOf(TestTemplates.Standard(), total), director, hired ?? new DateOnly(2020, 1, 1));

    private static List<QuotaCandidate> Fill(List<QuotaCandidate> excellent, int total, Guid? community = null)
    {
        while (excellent.Count < total) excellent.Add(Worker(80 - excellent.Count, community));
        return excellent;
    }

    [Theory]
    [InlineData(QuotaRounding.Down, 1)]
    [InlineData(QuotaRounding.Nearest, 2)]
    [InlineData(QuotaRounding.Up, 2)]
    public void Should_Round_The_Quota_By_The_Rule(QuotaRounding rounding, int expected) =>
        QuotaAllocator.QuotaFor(new QuotaSettings { CapPercent = 20, Rounding = rounding }, 9).ShouldBe(expected);

    [Fact]
    public void Should_Downgrade_Excellent_Beyond_The_Cap_Breaking_Ties_By_The_Director_Score()
    {
        // 10 assessed × 20 % = 2 excellent. 95 is in; 93 and 93 tie on total; the higher director score wins.
        var top = Worker(95);
        var directorFavourite = Worker(93, director: 92);
        var other = Worker(93, director: 85);
        var all = Fill([top, other, directorFavourite], 10);

        var outcome = QuotaAllocator.Apply(TestTemplates.Standard(), all).ToDictionary(o => o.WorkerId);

        outcome[top.WorkerId].Grade.ShouldBe(Grade.Excellent);
        outcome[directorFavourite.WorkerId].Grade.ShouldBe(Grade.Excellent);
        outcome[other.WorkerId].Grade.ShouldBe(Grade.Qualified);
        outcome[other.WorkerId].Downgraded.ShouldBeTrue();
        outcome.Values.ShouldAllBe(o => !o.TieForHr);
        outcome.Values.Count(o => o.Grade == Grade.Excellent).ShouldBe(2);
    }

    [Fact]
    public void Should_Prefer_The_Earlier_Hire_Date_When_Total_And_Director_Score_Tie()
    {
        var senior = Worker(93, hired: new DateOnly(2015, 5, 1));
        var junior = Worker(93, hired: new DateOnly(2022, 5, 1));
        var all = Fill([Worker(96), junior, senior], 10);

        var outcome = QuotaAllocator.Apply(TestTemplates.Standard(), all).ToDictionary(o => o.WorkerId);

        outcome[senior.WorkerId].Grade.ShouldBe(Grade.Excellent);
        outcome[junior.WorkerId].Grade.ShouldBe(Grade.Qualified);
    }

    [Fact]
    public void Should_Flag_An_Unbreakable_Tie_For_Hr()
    {
        var a = Worker(93);
        var b = Worker(93);
        var all = Fill([Worker(96), a, b], 10);

        var outcome = QuotaAllocator.Apply(TestTemplates.Standard(), all).ToDictionary(o => o.WorkerId);

        outcome[a.WorkerId].TieForHr.ShouldBeTrue();
        outcome[b.WorkerId].TieForHr.ShouldBeTrue();
        new[] { outcome[a.WorkerId].Grade, outcome[b.WorkerId].Grade }.ShouldBe([Grade.Excellent, Grade.Qualified], ignoreOrder: true);
        outcome.Values.Count(o => o.Grade == Grade.Excellent).ShouldBe(2);
    }

    [Fact]
    public void Should_Pool_Small_Communities_Into_The_Street_Quota()
    {
        // Per community, threshold 5. A: 10 assessed → 2 excellent. B (4) and C (3) pool: 7 × 20 % = 1.4 → 1.
        var quota = new QuotaSettings { Scope = QuotaScope.Community, CapPercent = 20, PoolingThreshold = 5 };
        var a = Fill([Worker(97, CommunityA), Worker(96, CommunityA), Worker(95, CommunityA)], 10, CommunityA);
        var bBest = Worker(94, CommunityB);
        var b = Fill([Worker(91, CommunityB), bBest], 4, CommunityB);
        var c = Fill([Worker(92, CommunityC)], 3, CommunityC);

        var outcome = QuotaAllocator.Apply(TestTemplates.Standard(quota), [.. a, .. b, .. c]);

        outcome.Count(o => o.Grade == Grade.Excellent && a.Any(w => w.WorkerId == o.WorkerId)).ShouldBe(2);
        outcome.Where(o => o.Grade == Grade.Excellent && !a.Any(w => w.WorkerId == o.WorkerId)).ShouldHaveSingleItem().WorkerId.ShouldBe(bBest.WorkerId);
        outcome.Where(o => b.Concat(c).Any(w => w.WorkerId == o.WorkerId)).ShouldAllBe(o => o.PoolKey == QuotaAllocator.StreetPool);
    }

    [Fact]
    public void Should_Let_A_Four_Person_Community_Have_No_Excellent_Without_Pooling()
    {
        var quota = new QuotaSettings { Scope = QuotaScope.Community, CapPercent = 20, PoolingThreshold = 0 };
        var small = Fill([Worker(95, CommunityB)], 4, CommunityB);

        QuotaAllocator.Apply(TestTemplates.Standard(quota), small).ShouldAllBe(o => o.Grade != Grade.Excellent);
    }

    [Fact]
    public void Should_Rank_Within_Community_And_Street_With_Shared_Ranks_For_Equal_Totals()
    {
        var a1 = Worker(88, CommunityA);
        var a2 = Worker(85, CommunityA);
        var b1 = Worker(88, CommunityB);
        var b2 = Worker(70, CommunityB);

        var outcome = QuotaAllocator.Apply(TestTemplates.Standard(), [a1, a2, b1, b2]).ToDictionary(o => o.WorkerId);

        outcome[a1.WorkerId].RankInStreet.ShouldBe(1);
        outcome[b1.WorkerId].RankInStreet.ShouldBe(1);
        outcome[a2.WorkerId].RankInStreet.ShouldBe(3);
        outcome[b2.WorkerId].RankInStreet.ShouldBe(4);
        outcome[a2.WorkerId].RankInCommunity.ShouldBe(2);
        outcome[b2.WorkerId].RankInCommunity.ShouldBe(2);
    }
}
