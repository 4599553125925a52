namespace GridStaff.Notifications;

public enum NotificationKind { SheetAssigned = 1, ScoringReminder = 2, ResultPublished = 3, AppealDecided = 4, AppealOverdue = 5 }

/// <summary>
/// An in-app message. Addressed to one worker, or to a role within a street (and community):
/// "the directors of community X", "street HR of street Y". The dedupe key makes a rerun of a
/// job send nothing twice.
/// </summary>
public class Notification : Entity, IStreetScoped
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 2000;
    public const int MaxKeyLength = 200;

    public Guid StreetId { get; private set; }
    public Guid? CommunityId { get; private set; }
    public Guid? WorkerId { get; private set; }
    public string? Role { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = null!;
    public string Body { get; private set; } = null!;
    public Guid? SubjectId { get; private set; }
    public string DedupeKey { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    private Notification() { }

    private Notification(Guid id, Guid streetId, Guid? communityId, Guid? workerId, string? role, NotificationKind kind,
        string title, string body, Guid? subjectId, string dedupeKey, DateTime createdAt) : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        (StreetId, CommunityId, WorkerId, Role, Kind, SubjectId, CreatedAt) = (streetId, communityId, workerId, role, kind, subjectId, createdAt);
        Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title;
        Body = body.Length > MaxBodyLength ? body[..MaxBodyLength] : body;
        DedupeKey = dedupeKey.Length > MaxKeyLength ? dedupeKey[..MaxKeyLength] : dedupeKey;
    }

    public static Notification ToWorker(Guid streetId, Guid communityId, Guid workerId, NotificationKind kind, string title, string body, Guid? subjectId, string dedupeKey, DateTime now) =>
        new(Guid.CreateVersion7(), streetId, communityId, workerId, null, kind, title, body, subjectId, dedupeKey, now);

    public static Notification ToRole(string role, Guid streetId, Guid? communityId, NotificationKind kind, string title, string body, Guid? subjectId, string dedupeKey, DateTime now) =>
        new(Guid.CreateVersion7(), streetId, communityId, null, role, kind, title, body, subjectId, dedupeKey, now);

    public string Audience => WorkerId is { } w ? $"worker:{w}" : $"{Role}@{CommunityId?.ToString() ?? StreetId.ToString()}";

    public void MarkRead(DateTime utcNow) => ReadAt ??= utcNow;
}

public interface INotificationRepository : IRepository<Notification>
{
    /// <summary>Of the given keys, those already sent.</summary>
    Task<HashSet<string>> GetExistingKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>The caller's notifications: addressed to their worker id, or to one of their roles in their street/community.</summary>
    Task<PagedList<Notification>> GetForRecipientAsync(Guid? workerId, IReadOnlyCollection<string> roles, Guid? streetId, Guid? communityId, bool unreadOnly, PageRequest page, CancellationToken ct = default);
}

/// <summary>The e-mail edge. The default implementation only logs (no addresses or personal data).</summary>
public interface IEmailSender
{
    Task SendAsync(string audience, string subject, string body, CancellationToken ct = default);
}

/// <summary>
/// Writes notifications once (by dedupe key) and mirrors them to e-mail. Tracked, not saved:
/// the caller's use case saves.
/// </summary>
public class Notifier(INotificationRepository notifications, IEmailSender email)
{
    public async Task<int> SendAsync(IReadOnlyList<Notification> batch, CancellationToken ct = default)
    {
        if (batch.Count == 0) return 0;
        var existing = await notifications.GetExistingKeysAsync(batch.Select(n => n.DedupeKey).ToList(), ct);
        var sent = 0;
        foreach (var n in batch)
        {
            if (!existing.Add(n.DedupeKey)) continue;
            await notifications.InsertAsync(n, ct);
            await email.SendAsync(n.Audience, n.Title, n.Body, ct);
            sent++;
        }
        return sent;
    }
}
