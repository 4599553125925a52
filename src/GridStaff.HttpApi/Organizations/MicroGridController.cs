namespace GridStaff.Organizations;

using GridStaff.MicroGrids;
using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/micro-grid")]
public class MicroGridController(IMicroGridAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.MicroGrids.Default)]
    public Task<MicroGridDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.MicroGrids.Default)]
    public Task<PagedResultDto<MicroGridDto>> GetListAsync([FromQuery] GetMicroGridListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(GridStaffPermissions.MicroGrids.Create)]
    public Task<MicroGridDto> CreateAsync(CreateMicroGridDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPut("{id:guid}"), Authorize(GridStaffPermissions.MicroGrids.Update)]
    public Task<MicroGridDto> UpdateAsync(Guid id, UpdateMicroGridDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(GridStaffPermissions.MicroGrids.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken ct) => service.DeleteAsync(id, ct);
}
