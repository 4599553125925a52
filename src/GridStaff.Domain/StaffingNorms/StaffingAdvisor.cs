namespace GridStaff.StaffingNorms;

using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Organizations;

/// <summary>
/// Staffing advice for a community from data the system already has (its grids' households and
/// difficulty), so nobody fills in a staffing form. Pure: the caller loads the rows.
/// </summary>
public static class StaffingAdvisor
{
    public static StaffingAdvice Advise(StaffingNorm norm, IReadOnlyCollection<Grid> grids, IReadOnlyCollection<MicroGrid> microGrids)
    {
        var comprehensive = grids.Where(g => g.Kind == GridKind.Comprehensive).ToList();
        var households = comprehensive.Sum(g => g.Households);

        // Difficulty weighs the worker count: 400 households at factor 1.2 need the staff of 480.
        var weighted = comprehensive.Sum(g => g.Households * g.DifficultyFactor);

        var gridsMin = CeilDiv(households, norm.GridHouseholdsMax);
        var gridsMax = Math.Max(gridsMin, households / norm.GridHouseholdsMin);
        var workersMin = (int)Math.Ceiling(weighted / norm.HouseholdsPerWorkerMax);
        var workersMax = (int)Math.Ceiling(weighted / norm.HouseholdsPerWorkerMin);

        var gridIssues = comprehensive
            .Select(g => Check(g.Id, g.Code, g.Name, g.Households, norm.GridHouseholdsMin, norm.GridHouseholdsMax))
            .OfType<NormDeviation>().ToList();
        var microIssues = microGrids
            .Select(m => Check(m.Id, m.Code, m.Name, m.Households, norm.MicroGridHouseholdsMin, norm.MicroGridHouseholdsMax))
            .OfType<NormDeviation>().ToList();

        return new StaffingAdvice(
            norm,
            households,
            Math.Round(weighted, 1),
            comprehensive.Count,
            grids.Count - comprehensive.Count,
            gridsMin,
            gridsMax,
            Math.Min(workersMin, norm.MaxWorkersPerCommunity),
            Math.Min(workersMax, norm.MaxWorkersPerCommunity),
            workersMin > norm.MaxWorkersPerCommunity,
            comprehensive.Count * norm.FullTimeWorkersPerGrid,
            gridIssues,
            microIssues);
    }

    private static NormDeviation? Check(Guid id, string code, string name, int households, int min, int max) =>
        households < min ? new NormDeviation(id, code, name, households, NormDeviationKind.TooFewHouseholds)
        : households > max ? new NormDeviation(id, code, name, households, NormDeviationKind.TooManyHouseholds)
        : null;

    private static int CeilDiv(int a, int b) => a == 0 ? 0 : (a + b - 1) / b;
}

/// <param name="WorkersCapped">True when the households call for more workers than the per-community cap allows.</param>
public sealed record StaffingAdvice(
    StaffingNorm Norm,
    int Households,
    double WeightedHouseholds,
    int ComprehensiveGrids,
    int DedicatedGrids,
    int RecommendedGridsMin,
    int RecommendedGridsMax,
    int RecommendedWorkersMin,
    int RecommendedWorkersMax,
    bool WorkersCapped,
    int RecommendedFullTimeGridWorkers,
    IReadOnlyList<NormDeviation> GridsOutsideNorm,
    IReadOnlyList<NormDeviation> MicroGridsOutsideNorm);

public enum NormDeviationKind { TooFewHouseholds, TooManyHouseholds }

public sealed record NormDeviation(Guid Id, string Code, string Name, int Households, NormDeviationKind Kind);
