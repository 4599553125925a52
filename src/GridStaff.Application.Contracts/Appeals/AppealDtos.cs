namespace GridStaff.Appeals;

using System.ComponentModel.DataAnnotations;
using GridStaff.Assessments;
using GridStaff.ScoreSheets;

public sealed record AppealDto(
    Guid Id, Guid CycleId, Guid CommunityId, Guid WorkerId, string Reason, IReadOnlyList<string> IndicatorCodes, string Status,
    DateTime FiledAt, DateTime AnswerDueAt, DateTime? DecidedAt, string? Decision, decimal TotalBefore, Grade GradeBefore,
    decimal? TotalAfter, Grade? GradeAfter);

public class FileAppealDto
{
    [Required]
    public Guid? CycleId { get; set; }

    [Required, StringLength(AssessmentConsts.MaxReasonLength, MinimumLength = 2)]
    public string Reason { get; set; } = "";

    [MaxLength(AssessmentConsts.MaxIndicators)]
    public List<string> IndicatorCodes { get; set; } = [];
}

public class GetAppealListDto : PagedAndSortedResultRequestDto
{
    public Guid? CycleId { get; set; }
    public string? Status { get; set; }
}

public class RejectAppealDto
{
    [Required, StringLength(AssessmentConsts.MaxReasonLength, MinimumLength = 2)]
    public string Reason { get; set; } = "";
}

/// <summary>A re-score: a new version of one of the worker's sheets, by the reviewing HR officer.</summary>
public class RescoreAppealDto
{
    [Required]
    public Guid? SheetId { get; set; }

    [Required, MinLength(1), MaxLength(AssessmentConsts.MaxIndicators)]
    public List<IndicatorScoreInput> Scores { get; set; } = [];

    [Required, StringLength(AssessmentConsts.MaxReasonLength, MinimumLength = 2)]
    public string Reason { get; set; } = "";
}

public interface IAppealAppService
{
    Task<AppealDto> FileAsync(FileAppealDto input, CancellationToken ct = default);
    Task<PagedResultDto<AppealDto>> GetListAsync(GetAppealListDto input, CancellationToken ct = default);
    Task<AppealDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<AppealDto> RejectAsync(Guid id, RejectAppealDto input, CancellationToken ct = default);
    Task<AppealDto> RescoreAsync(Guid id, RescoreAppealDto input, CancellationToken ct = default);
}
