namespace GridStaff.Organizations;

using GridStaff.Permissions;
using GridStaff.StaffingNorms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/staffing-norm")]
public class StaffingNormController(IStaffingNormAppService service) : ControllerBase
{
    /// <summary>Versions for a street (its own first, then the city default), newest first.</summary>
    [HttpGet, Authorize(GridStaffPermissions.StaffingNorms.Default)]
    public Task<IReadOnlyList<StaffingNormDto>> GetVersionsAsync([FromQuery] Guid? streetId, CancellationToken ct) => service.GetVersionsAsync(streetId, ct);

    [HttpPost, Authorize(GridStaffPermissions.StaffingNorms.Manage)]
    public Task<StaffingNormDto> CreateAsync(CreateStaffingNormDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    /// <summary>Recommended grids and workers for a community, and which grids fall outside the norms.</summary>
    [HttpGet("advice/{communityId:guid}"), Authorize(GridStaffPermissions.StaffingNorms.Default)]
    public Task<StaffingAdviceDto> GetAdviceAsync(Guid communityId, [FromQuery] DateOnly? asOf, CancellationToken ct) => service.GetAdviceAsync(communityId, asOf, ct);
}
