namespace GridStaff.AssessmentResults;

using System.ComponentModel.DataAnnotations;
using GridStaff.Assessments;

/// <summary>A result as HR and directors see it. Ranks are filled only for callers allowed rankings (HR).</summary>
public sealed record AssessmentResultDto(
    Guid Id, Guid CycleId, Guid CommunityId, Guid WorkerId, string? WorkerName, decimal Total, Grade ComputedGrade, Grade QuotaGrade,
    Grade? CalibratedGrade, Grade Grade, string? CalibrationReason, bool GroupMissing, bool QuotaDowngraded, bool TieForHr,
    int? RankInCommunity, int? RankInStreet, ResultBreakdown Breakdown);

public class GetAssessmentResultListDto : PagedAndSortedResultRequestDto
{
    [Required]
    public Guid? CycleId { get; set; }
    public Guid? CommunityId { get; set; }
    public Grade? Grade { get; set; }
}

public sealed record GradeDistributionDto(Guid CycleId, IReadOnlyList<CommunityDistributionDto> Communities, IReadOnlyList<QuotaPoolDto> Pools);

public sealed record CommunityDistributionDto(Guid CommunityId, int Assessed, IReadOnlyDictionary<Grade, int> Grades);

/// <summary>A quota pool: how many may be excellent (cap), the target, and how many are now.</summary>
public sealed record QuotaPoolDto(string Pool, int Assessed, int Cap, int Target, int Excellent);

public class CalibrateResultDto
{
    public Grade Grade { get; set; }

    [Required, StringLength(AssessmentConsts.MaxReasonLength, MinimumLength = 2)]
    public string Reason { get; set; } = "";
}

/// <summary>What pay and promotion read from a finalized annual result.</summary>
public sealed record AssessmentConsequencesDto(
    Guid WorkerId, int Year, bool HasFinalizedResult, Grade? Grade, decimal? Total,
    bool QualifiedForPromotion, decimal PerformanceCoefficient, int UnqualifiedStreak);

/// <summary>A worker's own published result: no ranks, peers anonymous (group averages and unsigned comments).</summary>
public sealed record MyAssessmentResultDto(
    Guid CycleId, string CycleName, PeriodKind PeriodKind, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Total, Grade Grade, string GradeLabel,
    IReadOnlyList<GroupBreakdown> Groups, IReadOnlyList<IndicatorBreakdown> Indicators, decimal DataFedPoints, decimal BonusPoints,
    decimal DeductionPoints, IReadOnlyList<RaterCommentDto> Comments, IReadOnlyList<TrendPointDto> Trend, DateTime? AppealWindowEndsAt,
    IReadOnlyDictionary<string, string> IndicatorNames);

public sealed record RaterCommentDto(RaterGroupKind Group, string IndicatorCode, string Comment);

public sealed record TrendPointDto(Guid CycleId, string CycleName, DateOnly PeriodEnd, decimal Total, Grade Grade);

public sealed record MyResultSummaryDto(Guid CycleId, string CycleName, DateOnly PeriodEnd, decimal Total, Grade Grade);

public interface IAssessmentResultAppService
{
    Task<PagedResultDto<AssessmentResultDto>> GetListAsync(GetAssessmentResultListDto input, CancellationToken ct = default);
    Task<AssessmentResultDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<GradeDistributionDto> GetDistributionAsync(Guid cycleId, CancellationToken ct = default);
    /// <summary>Moves a grade before publication, with a reason; refused beyond the excellent quota.</summary>
    Task<AssessmentResultDto> CalibrateAsync(Guid id, CalibrateResultDto input, CancellationToken ct = default);
    Task<AssessmentConsequencesDto> GetConsequencesAsync(Guid workerId, int year, CancellationToken ct = default);
}

public interface IMyAssessmentAppService
{
    Task<IReadOnlyList<MyResultSummaryDto>> GetResultsAsync(CancellationToken ct = default);
    Task<MyAssessmentResultDto> GetResultAsync(Guid cycleId, CancellationToken ct = default);
    Task<AssessmentConsequencesDto> GetConsequencesAsync(int year, CancellationToken ct = default);
}
