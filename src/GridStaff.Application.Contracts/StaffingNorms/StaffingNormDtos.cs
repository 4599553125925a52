namespace GridStaff.StaffingNorms;

using System.ComponentModel.DataAnnotations;

public sealed record StaffingNormDto(
    Guid Id, Guid? StreetId, DateOnly EffectiveFrom, string DocumentNumber,
    int GridHouseholdsMin, int GridHouseholdsMax, int MicroGridHouseholdsMin, int MicroGridHouseholdsMax,
    int HouseholdsPerWorkerMin, int HouseholdsPerWorkerMax, int MaxWorkersPerCommunity, int FullTimeWorkersPerGrid);

/// <summary>A new version of a street's norms (street null: the city default, admin only).</summary>
public class CreateStaffingNormDto
{
    public Guid? StreetId { get; set; }

    [Required]
    public DateOnly? EffectiveFrom { get; set; }

    [Required, StringLength(64)]
    public string DocumentNumber { get; set; } = "";

    [Range(1, 100_000)] public int GridHouseholdsMin { get; set; } = 300;
    [Range(1, 100_000)] public int GridHouseholdsMax { get; set; } = 500;
    [Range(1, 100_000)] public int MicroGridHouseholdsMin { get; set; } = 50;
    [Range(1, 100_000)] public int MicroGridHouseholdsMax { get; set; } = 80;
    [Range(1, 100_000)] public int HouseholdsPerWorkerMin { get; set; } = 250;
    [Range(1, 100_000)] public int HouseholdsPerWorkerMax { get; set; } = 400;
    [Range(1, 1000)] public int MaxWorkersPerCommunity { get; set; } = 17;
    [Range(1, 100)] public int FullTimeWorkersPerGrid { get; set; } = 1;
}

public sealed record NormDeviationDto(Guid Id, string Code, string Name, int Households, string Kind);

public sealed record StaffingAdviceDto(
    Guid CommunityId,
    DateOnly AsOf,
    StaffingNormDto Norm,
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
    IReadOnlyList<NormDeviationDto> GridsOutsideNorm,
    IReadOnlyList<NormDeviationDto> MicroGridsOutsideNorm);

public interface IStaffingNormAppService
{
    /// <summary>Every version for a street (its own, then the default it falls back to), newest first.</summary>
    Task<IReadOnlyList<StaffingNormDto>> GetVersionsAsync(Guid? streetId, CancellationToken ct = default);
    Task<StaffingNormDto> CreateAsync(CreateStaffingNormDto input, CancellationToken ct = default);
    Task<StaffingAdviceDto> GetAdviceAsync(Guid communityId, DateOnly? asOf, CancellationToken ct = default);
}
