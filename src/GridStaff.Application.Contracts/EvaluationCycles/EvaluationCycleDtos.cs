namespace GridStaff.EvaluationCycles;

using System.ComponentModel.DataAnnotations;
using GridStaff.Assessments;

public sealed record EvaluationCycleDto(
    Guid Id, Guid StreetId, string Name, PeriodKind PeriodKind, DateOnly PeriodStart, DateOnly PeriodEnd, Guid TemplateId,
    DateTime OpensAt, DateTime ScoringDeadline, DateTime PublishOn, int AppealWindowDays, int AppealAnswerDays,
    EvaluationCycleStatus Status, DateTime? OpenedAt, DateTime? ClosedAt, DateTime? CompiledAt, DateTime? CalibratedAt,
    DateTime? PublishedAt, DateTime? FinalizedAt, DateTime? CancelledAt, string? CancelReason, DateTime? AppealWindowEndsAt,
    int CompileTotal, int CompileDone, IReadOnlyList<CycleComponentDto> Components);

public sealed record CycleComponentDto(Guid CycleId, decimal Weight);

/// <summary>How far the raters of one community and rater group are: sheets in the cycle and how many are submitted.</summary>
public sealed record ScoringProgressDto(Guid CommunityId, string CommunityName, RaterGroupKind Group, int Total, int Submitted);

public sealed record CompileProgressDto(Guid CycleId, EvaluationCycleStatus Status, int Done, int Total);

public class GetEvaluationCycleListDto : PagedAndSortedResultRequestDto
{
    public Guid? StreetId { get; set; }
    public EvaluationCycleStatus? Status { get; set; }
    public PeriodKind? PeriodKind { get; set; }
}

public class CreateEvaluationCycleDto
{
    [Required]
    public Guid? StreetId { get; set; }

    [Required, StringLength(AssessmentConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public PeriodKind PeriodKind { get; set; } = PeriodKind.Quarterly;

    [Required]
    public DateOnly? PeriodStart { get; set; }

    [Required]
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>The exact template version the cycle keeps.</summary>
    [Required]
    public Guid? TemplateId { get; set; }

    [Required]
    public DateTime? OpensAt { get; set; }

    [Required]
    public DateTime? ScoringDeadline { get; set; }

    [Required]
    public DateTime? PublishOn { get; set; }

    [Range(1, 60)]
    public int AppealWindowDays { get; set; } = 10;

    [Range(1, 60)]
    public int AppealAnswerDays { get; set; } = 10;

    /// <summary>Annual cycles: earlier cycles combined with their weights (e.g. half-year 40).</summary>
    [MaxLength(4)]
    public List<CycleComponentInput> Components { get; set; } = [];
}

public class CycleComponentInput
{
    [Required]
    public Guid? CycleId { get; set; }

    [Range(0.01, 99.99)]
    public decimal Weight { get; set; }
}

public class CancelEvaluationCycleDto
{
    [Required, StringLength(AssessmentConsts.MaxReasonLength)]
    public string Reason { get; set; } = "";
}

public interface IEvaluationCycleAppService
{
    Task<EvaluationCycleDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<EvaluationCycleDto>> GetListAsync(GetEvaluationCycleListDto input, CancellationToken ct = default);
    Task<EvaluationCycleDto> CreateAsync(CreateEvaluationCycleDto input, CancellationToken ct = default);
    /// <summary>Opens now (the scheduler does it on the opening day): enrols the workers and creates their score sheets.</summary>
    Task<EvaluationCycleDto> OpenAsync(Guid id, CancellationToken ct = default);
    Task<EvaluationCycleDto> CloseAsync(Guid id, CancellationToken ct = default);
    Task<EvaluationCycleDto> CancelAsync(Guid id, CancelEvaluationCycleDto input, CancellationToken ct = default);
    /// <summary>Enqueues the compile job (a closed or compiled cycle).</summary>
    Task<CompileProgressDto> CompileAsync(Guid id, CancellationToken ct = default);
    Task<CompileProgressDto> GetProgressAsync(Guid id, CancellationToken ct = default);
    /// <summary>Scoring progress per community and rater group, within the caller's scope.</summary>
    Task<IReadOnlyList<ScoringProgressDto>> GetScoringProgressAsync(Guid id, CancellationToken ct = default);
    Task<EvaluationCycleDto> CompleteCalibrationAsync(Guid id, CancellationToken ct = default);
    Task<EvaluationCycleDto> PublishAsync(Guid id, CancellationToken ct = default);
    Task<EvaluationCycleDto> FinalizeAsync(Guid id, CancellationToken ct = default);
}
