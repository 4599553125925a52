namespace GridStaff.Communities;

/// <summary>社区: where the corps works and is assessed. Belongs to one street for life.</summary>
public class Community : AuditedAggregateRoot, ISoftDelete, IStreetScoped
{
    public Guid StreetId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    private Community() { }

    /// <summary>Use <see cref="OrganizationManager.CreateCommunityAsync"/>: codes are unique within the street.</summary>
    internal Community(Guid id, Guid streetId, string code, string name) : base(id)
    {
        StreetId = streetId;
        Code = Guard.Code(code);
        Rename(name);
    }

    public Community Rename(string name) { Name = Guard.Name(name); return this; }
}

public interface ICommunityRepository : IRepository<Community>
{
    Task<PagedList<Community>> GetListAsync(CommunityQuery query, CancellationToken ct = default);
    Task<bool> CodeExistsAsync(Guid streetId, string code, CancellationToken ct = default);
    Task<bool> AnyInStreetAsync(Guid streetId, CancellationToken ct = default);
}

public sealed record CommunityQuery(Guid? StreetId = null, string? Filter = null) : PageRequest;
