namespace GridStaff;

/// <summary>An entity with a GUID id chosen by the caller (Guid.CreateVersion7(), so ids sort by time).</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; }

    protected Entity() { }

    protected Entity(Guid id)
    {
        if (id == Guid.Empty) throw new ArgumentException("An entity needs an id.", nameof(id));
        Id = id;
    }
}
