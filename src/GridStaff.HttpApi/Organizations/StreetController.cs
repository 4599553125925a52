namespace GridStaff.Organizations;

using GridStaff.Permissions;
using GridStaff.Streets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/street")]
public class StreetController(IStreetAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.Streets.Default)]
    public Task<StreetDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.Streets.Default)]
    public Task<PagedResultDto<StreetDto>> GetListAsync([FromQuery] GetStreetListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(GridStaffPermissions.Streets.Create)]
    public Task<StreetDto> CreateAsync(CreateStreetDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPut("{id:guid}"), Authorize(GridStaffPermissions.Streets.Update)]
    public Task<StreetDto> UpdateAsync(Guid id, UpdateStreetDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(GridStaffPermissions.Streets.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken ct) => service.DeleteAsync(id, ct);
}
