namespace GridStaff;

/// <summary>Creation and modification stamps are written by the auditing interceptor, never by hand.</summary>
public interface IAuditedObject
{
    DateTime CreationTime { get; }
    Guid? CreatorId { get; }
    DateTime? LastModificationTime { get; }
    Guid? LastModifierId { get; }
}

public abstract class AuditedAggregateRoot : Entity, IAuditedObject
{
    public DateTime CreationTime { get; private set; }
    public Guid? CreatorId { get; private set; }
    public DateTime? LastModificationTime { get; private set; }
    public Guid? LastModifierId { get; private set; }

    protected AuditedAggregateRoot() { }
    protected AuditedAggregateRoot(Guid id) : base(id) { }
}
