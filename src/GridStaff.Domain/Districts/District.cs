namespace GridStaff.Districts;

/// <summary>区: the top of the organisation tree; reference data kept by the admin.</summary>
public class District : AuditedAggregateRoot, ISoftDelete
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    private District() { }

    public District(Guid id, string code, string name) : base(id)
    {
        Code = Guard.Code(code);
        Rename(name);
    }

    public District Rename(string name) { Name = Guard.Name(name); return this; }
}

public interface IDistrictRepository : IRepository<District>
{
    Task<IReadOnlyList<District>> GetAllAsync(CancellationToken ct = default);
    Task<bool> CodeExistsAsync(string code, CancellationToken ct = default);
}
