namespace GridStaff.Workers;

using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/worker/roster")]
public class WorkerRosterController(IWorkerRosterAppService service, TimeProvider clock) : ControllerBase
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Imports an .xlsx roster; with validRowsOnly=false (default) nothing is written unless every row passes.</summary>
    [HttpPost("import"), Authorize(GridStaffPermissions.Workers.Import), RequestSizeLimit(MaxFileBytes)]
    public async Task<WorkerImportResultDto> ImportAsync(IFormFile file, [FromQuery] ImportWorkersDto input, CancellationToken ct)
    {
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return await service.ImportAsync(stream, input, ct);
    }

    /// <summary>The roster as .xlsx with ID numbers and phones masked.</summary>
    [HttpGet("export"), Authorize(GridStaffPermissions.Workers.Export)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetWorkerListDto input, CancellationToken ct) =>
        File(await service.ExportAsync(input, ct), XlsxContentType, $"roster-{clock.GetUtcNow():yyyyMMdd}.xlsx");
}
