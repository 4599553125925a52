namespace GridStaff.My;

using GridStaff.Communities;
using GridStaff.Permissions;
using GridStaff.Streets;
using GridStaff.Users;
using Microsoft.AspNetCore.Identity;

public class MyProfileAppService(
    ICurrentUser currentUser, UserManager<AppUser> users, IStreetRepository streets, ICommunityRepository communities) : IMyProfileAppService
{
    public async Task<ProfileDto> GetAsync(CancellationToken ct = default)
    {
        var user = currentUser.Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null) throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);

        var scope = currentUser.Scope;
        var street = scope.StreetId is { } streetId ? await streets.FindAsync(streetId, ct) : null;
        var community = scope.CommunityId is { } communityId ? await communities.FindAsync(communityId, ct) : null;
        var kind = scope.IsUnrestricted ? "All" : scope.WorkerId is not null ? "Worker" : scope.CommunityId is not null ? "Community" : scope.StreetId is not null ? "Street" : "None";

        return new ProfileDto(
            user.Id,
            user.UserName!,
            user.DisplayName,
            currentUser.Roles.ToList(),
            GridStaffPermissions.All.Where(currentUser.HasPermission).ToList(),
            new ScopeDto(kind, street?.Id, street?.Name, community?.Id, community?.Name, scope.WorkerId));
    }
}
