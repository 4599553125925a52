namespace GridStaff;

/// <summary>Not found, or outside the caller's data scope: both answer 404 so scope never leaks existence.</summary>
public class EntityNotFoundException(Type entityType, object? id)
    : Exception($"There is no {entityType.Name} with id {id}.")
{
    public Type EntityType { get; } = entityType;
    public object? EntityId { get; } = id;
}
