namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/community")]
public class CommunityController(ICommunityAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.Communities.Default)]
    public Task<CommunityDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.Communities.Default)]
    public Task<PagedResultDto<CommunityDto>> GetListAsync([FromQuery] GetCommunityListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(GridStaffPermissions.Communities.Create)]
    public Task<CommunityDto> CreateAsync(CreateCommunityDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPut("{id:guid}"), Authorize(GridStaffPermissions.Communities.Update)]
    public Task<CommunityDto> UpdateAsync(Guid id, UpdateCommunityDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(GridStaffPermissions.Communities.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken ct) => service.DeleteAsync(id, ct);
}
