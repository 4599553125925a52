namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.StaffingNorms;
using Shouldly;
using Xunit;

public class StaffingAdvisor_Tests
{
    private static readonly Community Community = new(Guid.NewGuid(), Guid.NewGuid(), "C", "Community");
    private static readonly StaffingNorm DefaultNorm = new(Guid.NewGuid(), null, new DateOnly(2020, 1, 1), "test", StaffingNormValues.Defaults);

    private static Grid Grid(string code, int households, double difficulty = 1, GridKind kind = GridKind.Comprehensive) =>
        new Grid(Guid.NewGuid(), Community, code, code, kind).SetFigures(households, households * 3, 0.1, difficulty);

    [Fact]
    public void Should_Recommend_Grids_And_Workers_From_Households()
    {
        // 1,650 households: at most 500 a grid → at least 4 grids; at least 300 a grid → at most 5.
        // Workers: one per 250–400 households → 5 to 7.
        var grids = new[] { Grid("G1", 400), Grid("G2", 450), Grid("G3", 500), Grid("G4", 300) };
        var advice = StaffingAdvisor.Advise(DefaultNorm, grids, []);

        advice.Households.ShouldBe(1650);
        advice.RecommendedGridsMin.ShouldBe(4);
        advice.RecommendedGridsMax.ShouldBe(5);
        advice.RecommendedWorkersMin.ShouldBe(5);
        advice.RecommendedWorkersMax.ShouldBe(7);
        advice.RecommendedFullTimeGridWorkers.ShouldBe(4);
        advice.GridsOutsideNorm.ShouldBeEmpty();
        advice.WorkersCapped.ShouldBeFalse();
    }

    [Fact]
    public void Should_Weigh_Workers_By_Difficulty_But_Not_Grid_Norms()
    {
        var advice = StaffingAdvisor.Advise(DefaultNorm, [Grid("G1", 400, difficulty: 1.5)], []);
        advice.WeightedHouseholds.ShouldBe(600);
        advice.RecommendedWorkersMin.ShouldBe(2);   // ceil(600 / 400)
        advice.RecommendedWorkersMax.ShouldBe(3);   // ceil(600 / 250)
        advice.GridsOutsideNorm.ShouldBeEmpty();    // 400 raw households is within 300–500
    }

    [Fact]
    public void Should_Name_Grids_And_Micro_Grids_Outside_The_Norms()
    {
        var small = Grid("SMALL", 120);
        var big = Grid("BIG", 780);
        var micro = new MicroGrid(Guid.NewGuid(), big, "M1", "M1").SetHouseholds(95);
        var advice = StaffingAdvisor.Advise(DefaultNorm, [small, big, Grid("OK", 420)], [micro]);

        advice.GridsOutsideNorm.Select(d => (d.Code, d.Kind)).ShouldBe(
            [("SMALL", NormDeviationKind.TooFewHouseholds), ("BIG", NormDeviationKind.TooManyHouseholds)], ignoreOrder: true);
        advice.MicroGridsOutsideNorm.Single().Kind.ShouldBe(NormDeviationKind.TooManyHouseholds);
    }

    [Fact]
    public void Should_Leave_Dedicated_Grids_Out_Of_Household_Norms()
    {
        var advice = StaffingAdvisor.Advise(DefaultNorm, [Grid("PARK", 0, kind: GridKind.Dedicated), Grid("G1", 400)], []);
        advice.DedicatedGrids.ShouldBe(1);
        advice.ComprehensiveGrids.ShouldBe(1);
        advice.GridsOutsideNorm.ShouldBeEmpty();
        advice.Households.ShouldBe(400);
    }

    [Fact]
    public void Should_Cap_Workers_At_The_Community_Maximum_And_Say_So()
    {
        var grids = Enumerable.Range(1, 20).Select(i => Grid($"G{i}", 500)).ToArray(); // 10,000 households → 25–40 workers
        var advice = StaffingAdvisor.Advise(DefaultNorm, grids, []);
        advice.RecommendedWorkersMin.ShouldBe(17);
        advice.RecommendedWorkersMax.ShouldBe(17);
        advice.WorkersCapped.ShouldBeTrue();
    }

    [Fact]
    public void Should_Follow_A_Streets_Own_Norms()
    {
        var strict = new StaffingNorm(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2025, 1, 1), "街道〔2025〕1号",
            StaffingNormValues.Defaults with { GridHouseholdsMin = 30, GridHouseholdsMax = 100 });
        var advice = StaffingAdvisor.Advise(strict, [Grid("G1", 400)], []);
        advice.RecommendedGridsMin.ShouldBe(4);
        advice.GridsOutsideNorm.Single().Kind.ShouldBe(NormDeviationKind.TooManyHouseholds);
    }

    [Fact]
    public void Should_Advise_Nothing_For_An_Empty_Community()
    {
        var advice = StaffingAdvisor.Advise(DefaultNorm, [], []);
        advice.RecommendedGridsMin.ShouldBe(0);
        advice.RecommendedWorkersMin.ShouldBe(0);
    }
}
