namespace GridStaff.PartTimeForces;

using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/part-time-force")]
public class PartTimeForceController(IPartTimeForceAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.PartTimeForces.Default)]
    public Task<PartTimeForceDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.PartTimeForces.Default)]
    public Task<PagedResultDto<PartTimeForceDto>> GetListAsync([FromQuery] GetPartTimeForceListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(GridStaffPermissions.PartTimeForces.Manage)]
    public Task<PartTimeForceDto> CreateAsync(CreateUpdatePartTimeForceDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPut("{id:guid}"), Authorize(GridStaffPermissions.PartTimeForces.Manage)]
    public Task<PartTimeForceDto> UpdateAsync(Guid id, CreateUpdatePartTimeForceDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(GridStaffPermissions.PartTimeForces.Manage)]
    public Task DeleteAsync(Guid id, CancellationToken ct) => service.DeleteAsync(id, ct);
}
