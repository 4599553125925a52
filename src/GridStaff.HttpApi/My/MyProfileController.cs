namespace GridStaff.My;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/my/profile"), Authorize]
public class MyProfileController(IMyProfileAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ProfileDto> GetAsync(CancellationToken ct) => service.GetAsync(ct);
}
