namespace GridStaff.Assessments;

using System.ComponentModel.DataAnnotations;
using GridStaff.AssessmentTemplates;
using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/assessment-template")]
public class AssessmentTemplateController(IAssessmentTemplateAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.AssessmentTemplates.Default)]
    public Task<AssessmentTemplateDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.AssessmentTemplates.Default)]
    public Task<PagedResultDto<AssessmentTemplateDto>> GetListAsync([FromQuery] GetAssessmentTemplateListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    /// <summary>Creates a template, or the next version of an existing code; versions are never edited.</summary>
    [HttpPost, Authorize(GridStaffPermissions.AssessmentTemplates.Manage)]
    public Task<AssessmentTemplateDto> CreateAsync(CreateAssessmentTemplateDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    /// <summary>CSV upload (header workerId,indicatorCode,value) of work-data counts or bonus/deduction points for a period.</summary>
    [HttpPost("work-data/import"), Authorize(GridStaffPermissions.AssessmentTemplates.ImportWorkData), Consumes("multipart/form-data")]
    public async Task<WorkDataImportResultDto> ImportWorkDataAsync([FromQuery] ImportWorkDataDto input, [Required] IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await service.ImportWorkDataAsync(input, stream, ct);
    }
}
