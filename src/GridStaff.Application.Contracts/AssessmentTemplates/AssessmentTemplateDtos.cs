namespace GridStaff.AssessmentTemplates;

using System.ComponentModel.DataAnnotations;
using GridStaff.Assessments;

public sealed record AssessmentTemplateDto(
    Guid Id, Guid StreetId, string Code, string Name, int Version, TemplateDefinition Definition, IReadOnlyList<string> Warnings);

public class GetAssessmentTemplateListDto : PagedAndSortedResultRequestDto
{
    public Guid? StreetId { get; set; }

    [StringLength(AssessmentConsts.MaxCodeLength)]
    public string? Code { get; set; }

    /// <summary>Only the newest version of each template code.</summary>
    public bool LatestOnly { get; set; }
}

/// <summary>Creates version 1 of a new code, or the next version of an existing one.</summary>
public class CreateAssessmentTemplateDto
{
    [Required]
    public Guid? StreetId { get; set; }

    [Required, StringLength(AssessmentConsts.MaxCodeLength)]
    public string Code { get; set; } = "";

    [Required, StringLength(AssessmentConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required]
    public TemplateDefinition? Definition { get; set; }
}

public class ImportWorkDataDto
{
    [Required]
    public Guid? StreetId { get; set; }

    [Required]
    public DateOnly? PeriodStart { get; set; }

    [Required]
    public DateOnly? PeriodEnd { get; set; }
}

public sealed record WorkDataImportResultDto(int Created, int Updated);

public interface IAssessmentTemplateAppService
{
    Task<AssessmentTemplateDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<AssessmentTemplateDto>> GetListAsync(GetAssessmentTemplateListDto input, CancellationToken ct = default);
    Task<AssessmentTemplateDto> CreateAsync(CreateAssessmentTemplateDto input, CancellationToken ct = default);

    /// <summary>
    /// Imports counts (data-fed) or points (bonus/deduction) per worker for a period from CSV with the header
    /// <c>workerId,indicatorCode,value</c>. All rows are checked before anything is written; a re-import replaces values.
    /// </summary>
    Task<WorkDataImportResultDto> ImportWorkDataAsync(ImportWorkDataDto input, Stream csv, CancellationToken ct = default);
}
