namespace GridStaff.ScoreSheets;

using System.ComponentModel.DataAnnotations;
using GridStaff.Assessments;

public sealed record ScoreSheetDto(
    Guid Id, Guid CycleId, Guid WorkerId, string? WorkerName, RaterGroupKind Group, string Status, int Version,
    DateTime? SubmittedAt, DateTime ScoringDeadline, Guid ConcurrencyStamp,
    IReadOnlyList<IndicatorScoreDto> Scores, IReadOnlyList<SheetIndicatorDto> Indicators);

public sealed record IndicatorScoreDto(string IndicatorCode, decimal Score, string? Comment);

/// <summary>What the rater needs to score an indicator: its name, maximum and scoring guide.</summary>
public sealed record SheetIndicatorDto(string Code, string Name, decimal MaxScore, string? ScoringGuide);

public class GetScoreSheetListDto : PagedAndSortedResultRequestDto
{
    public Guid? CycleId { get; set; }
    public bool PendingOnly { get; set; }
}

public class SaveScoreSheetDto
{
    /// <summary>The stamp the client loaded; a sheet changed since answers 409.</summary>
    [Required]
    public Guid? ConcurrencyStamp { get; set; }

    [Required, MaxLength(AssessmentConsts.MaxIndicators)]
    public List<IndicatorScoreInput> Scores { get; set; } = [];
}

public class IndicatorScoreInput
{
    [Required, StringLength(AssessmentConsts.MaxCodeLength)]
    public string IndicatorCode { get; set; } = "";

    [Range(0, 1000)]
    public decimal Score { get; set; }

    [StringLength(AssessmentConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

public class SubmitScoreSheetDto
{
    [Required]
    public Guid? ConcurrencyStamp { get; set; }
}

public interface IScoreSheetAppService
{
    /// <summary>The sheets the caller fills as a rater.</summary>
    Task<PagedResultDto<ScoreSheetDto>> GetListAsync(GetScoreSheetListDto input, CancellationToken ct = default);
    Task<ScoreSheetDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<ScoreSheetDto> SaveAsync(Guid id, SaveScoreSheetDto input, CancellationToken ct = default);
    Task<ScoreSheetDto> SubmitAsync(Guid id, SubmitScoreSheetDto input, CancellationToken ct = default);
}
