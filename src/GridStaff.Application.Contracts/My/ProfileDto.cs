namespace GridStaff.My;

/// <summary>The signed-in user as the front end needs them: it builds its menu from the permissions.</summary>
public sealed record ProfileDto(
    Guid Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    ScopeDto Scope);

/// <param name="Kind">"All", "Street", "Community" or "Worker".</param>
public sealed record ScopeDto(string Kind, Guid? StreetId, string? StreetName, Guid? CommunityId, string? CommunityName, Guid? WorkerId);

public interface IMyProfileAppService
{
    Task<ProfileDto> GetAsync(CancellationToken ct = default);
}
