namespace GridStaff.Organizations;

using GridStaff.Grids;
using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/grid")]
public class GridController(IGridAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.Grids.Default)]
    public Task<GridDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.Grids.Default)]
    public Task<PagedResultDto<GridDto>> GetListAsync([FromQuery] GetGridListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(GridStaffPermissions.Grids.Create)]
    public Task<GridDto> CreateAsync(CreateGridDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPut("{id:guid}"), Authorize(GridStaffPermissions.Grids.Update)]
    public Task<GridDto> UpdateAsync(Guid id, UpdateGridDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    /// <summary>Moves the grid (with its micro-grids) to another community of the same street.</summary>
    [HttpPost("{id:guid}/move"), Authorize(GridStaffPermissions.Grids.Update)]
    public Task<GridDto> MoveAsync(Guid id, MoveGridDto input, CancellationToken ct) => service.MoveAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(GridStaffPermissions.Grids.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken ct) => service.DeleteAsync(id, ct);
}
