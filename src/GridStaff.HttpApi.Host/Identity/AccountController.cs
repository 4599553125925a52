namespace GridStaff.Identity;

using System.ComponentModel.DataAnnotations;
using GridStaff.Users;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// Log in by user name. The SPA asks for a cookie (HttpOnly, SameSite=Strict); scripts and tests
/// ask for a bearer token and send it as "Authorization: Bearer …".
/// </summary>
[ApiController, Route("api/account")]
public class AccountController(SignInManager<AppUser> signIn) : ControllerBase
{
    public class LoginDto
    {
        [Required, StringLength(256)]
        public string UserName { get; set; } = "";

        [Required, StringLength(128)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    /// <summary>Cookie login for the browser. 204 on success; 401 ProblemDetails otherwise (locked out says so).</summary>
    [HttpPost("login"), AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent), ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> LoginAsync(LoginDto input)
    {
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(input.UserName, input.Password, input.RememberMe, lockoutOnFailure: true);
        return result.Succeeded ? NoContent() : Failed(result);
    }

    /// <summary>Bearer token for scripts and tests: { tokenType, accessToken, expiresIn, refreshToken }.</summary>
    [HttpPost("token"), AllowAnonymous]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK), ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> TokenAsync(LoginDto input)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(input.UserName, input.Password, isPersistent: false, lockoutOnFailure: true);
        // On success the bearer handler has already written the token response.
        return result.Succeeded ? new EmptyResult() : Failed(result);
    }

    [HttpPost("logout"), Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> LogoutAsync()
    {
        await signIn.SignOutAsync();
        return NoContent();
    }

    private ObjectResult Failed(Microsoft.AspNetCore.Identity.SignInResult result) => Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: result.IsLockedOut ? "The account is locked after repeated failures; try again later." : "Wrong user name or password.",
        type: result.IsLockedOut ? "GridStaff:Account:LockedOut" : "GridStaff:Account:InvalidLogin");
}
