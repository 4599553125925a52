namespace GridStaff.Auditing;

/// <summary>
/// One change to an audited entity, written by the auditing interceptor in the same transaction as
/// the change. Values of properties marked [PersonalData] are never copied here.
/// </summary>
public class AuditEntry : Entity
{
    public const int MaxEntityTypeLength = 128;

    public DateTime Time { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string EntityType { get; private set; } = null!;
    public Guid EntityId { get; private set; }
    public AuditChangeKind Change { get; private set; }

    /// <summary>JSON object: property → [old, new] (old omitted on create).</summary>
    public string ChangesJson { get; private set; } = "{}";

    private AuditEntry() { }

    public AuditEntry(Guid id, DateTime time, Guid? userId, string? userName, string entityType, Guid entityId, AuditChangeKind change, string changesJson) : base(id)
    {
        Time = time;
        UserId = userId;
        UserName = userName;
        EntityType = entityType;
        EntityId = entityId;
        Change = change;
        ChangesJson = changesJson;
    }
}

public enum AuditChangeKind { Created, Updated, Deleted, PersonalDataRevealed }

/// <summary>Audit entries written by a use case itself (e.g. a reveal of personal data), not by the interceptor.</summary>
public interface IAuditEntryRepository : IRepository<AuditEntry>
{
    Task<IReadOnlyList<AuditEntry>> GetForEntityAsync(string entityType, Guid entityId, CancellationToken ct = default);
}
