namespace GridStaff.Notifications;

public sealed record NotificationDto(Guid Id, string Kind, string Title, string Body, Guid? SubjectId, DateTime CreatedAt, DateTime? ReadAt);

public class GetNotificationListDto : PagedAndSortedResultRequestDto
{
    public bool UnreadOnly { get; set; }
}

public interface INotificationAppService
{
    Task<PagedResultDto<NotificationDto>> GetMyListAsync(GetNotificationListDto input, CancellationToken ct = default);
    Task MarkReadAsync(Guid id, CancellationToken ct = default);
}
