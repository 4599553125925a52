namespace GridStaff.Organizations;

using GridStaff.GridTaskItems;
using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/grid-task-item")]
public class GridTaskItemController(IGridTaskItemAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.GridTaskItems.Default)]
    public Task<GridTaskItemDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.GridTaskItems.Default)]
    public Task<PagedResultDto<GridTaskItemDto>> GetListAsync([FromQuery] GetGridTaskItemListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(GridStaffPermissions.GridTaskItems.Manage)]
    public Task<GridTaskItemDto> CreateAsync(CreateGridTaskItemDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPut("{id:guid}"), Authorize(GridStaffPermissions.GridTaskItems.Manage)]
    public Task<GridTaskItemDto> UpdateAsync(Guid id, UpdateGridTaskItemDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(GridStaffPermissions.GridTaskItems.Manage)]
    public Task DeleteAsync(Guid id, CancellationToken ct) => service.DeleteAsync(id, ct);
}
