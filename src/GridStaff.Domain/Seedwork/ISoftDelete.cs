namespace GridStaff;

/// <summary>
/// Deleting such an entity only marks it; the "SoftDelete" query filter hides it.
/// The auditing interceptor turns a Remove into the mark, so history that points at it stays valid.
/// </summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
    DateTime? DeletionTime { get; }
    Guid? DeleterId { get; }
}
