namespace GridStaff.Organizations;

using GridStaff.Districts;
using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/district")]
public class DistrictController(IDistrictAppService service) : ControllerBase
{
    [HttpGet, Authorize(GridStaffPermissions.Districts.Default)]
    public Task<IReadOnlyList<DistrictDto>> GetListAsync(CancellationToken ct) => service.GetListAsync(ct);

    [HttpPost, Authorize(GridStaffPermissions.Districts.Manage)]
    public Task<DistrictDto> CreateAsync(CreateDistrictDto input, CancellationToken ct) => service.CreateAsync(input, ct);
}
