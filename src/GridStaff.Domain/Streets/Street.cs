namespace GridStaff.Streets;

using GridStaff.Organizations;

/// <summary>街道/乡镇: the employer of the corps and the data boundary for HR.</summary>
public class Street : AuditedAggregateRoot, ISoftDelete
{
    public Guid DistrictId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public StreetKind Kind { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    private Street() { }

    /// <summary>Use <see cref="OrganizationManager.CreateStreetAsync"/>: codes are unique within the district.</summary>
    internal Street(Guid id, Guid districtId, string code, string name, StreetKind kind) : base(id)
    {
        DistrictId = districtId;
        Code = Guard.Code(code);
        Kind = kind;
        Rename(name);
    }

    public Street Rename(string name) { Name = Guard.Name(name); return this; }

    public Street ChangeKind(StreetKind kind) { Kind = kind; return this; }
}

public interface IStreetRepository : IRepository<Street>
{
    Task<PagedList<Street>> GetListAsync(StreetQuery query, CancellationToken ct = default);
    Task<bool> CodeExistsAsync(Guid districtId, string code, CancellationToken ct = default);
}

public sealed record StreetQuery(Guid? DistrictId = null, string? Filter = null) : PageRequest;
