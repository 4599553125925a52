namespace GridStaff.Notifications;

using GridStaff.EvaluationCycles;
using GridStaff.Organizations;
using GridStaff.Users;

/// <summary>The caller's in-app notifications: addressed to them as a worker, or to their role in their street/community.</summary>
public class NotificationAppService(INotificationRepository notifications, ICurrentUser currentUser, TimeProvider clock, IUnitOfWork uow) : INotificationAppService
{
    public async Task<PagedResultDto<NotificationDto>> GetMyListAsync(GetNotificationListDto input, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        return (await notifications.GetForRecipientAsync(scope.WorkerId, currentUser.Roles, scope.StreetId, scope.CommunityId, input.UnreadOnly,
            new PageRequest(input.SkipCount, input.MaxResultCount), ct)).ToDto(n => n.ToDto());
    }

    public async Task MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var n = await notifications.GetAsync(id, ct);
        var scope = currentUser.Scope;
        var mine = n.WorkerId is { } w ? w == scope.WorkerId
            : n.Role is { } role && currentUser.Roles.Contains(role) && n.StreetId == scope.StreetId && (n.CommunityId is null || n.CommunityId == scope.CommunityId);
        if (!mine) throw new EntityNotFoundException(typeof(Notification), id);
        n.MarkRead(clock.GetUtcNow().UtcDateTime);
        await uow.SaveChangesAsync(ct);
    }
}
