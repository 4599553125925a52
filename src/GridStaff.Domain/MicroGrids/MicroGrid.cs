namespace GridStaff.MicroGrids;

using GridStaff.Grids;
using GridStaff.Organizations;

/// <summary>微网格: 50–80 households (by default) inside a grid, often a few building units.</summary>
public class MicroGrid : AuditedAggregateRoot, ISoftDelete, ICommunityScoped
{
    private List<string> _buildingUnits = [];

    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid GridId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public int Households { get; private set; }

    /// <summary>Buildings and units covered, e.g. "3号楼1单元".</summary>
    public IReadOnlyCollection<string> BuildingUnits => _buildingUnits.AsReadOnly();

    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    private MicroGrid() { }

    /// <summary>Use <see cref="OrganizationManager.CreateMicroGridAsync"/>: codes are unique within the grid.</summary>
    internal MicroGrid(Guid id, Grid grid, string code, string name) : base(id)
    {
        StreetId = grid.StreetId;
        CommunityId = grid.CommunityId;
        GridId = grid.Id;
        Code = Guard.Code(code);
        Rename(name);
    }

    public MicroGrid Rename(string name) { Name = Guard.Name(name); return this; }

    public MicroGrid SetHouseholds(int households)
    {
        Households = Guard.Count(households, OrganizationConsts.MaxHouseholds, nameof(households));
        return this;
    }

    public MicroGrid SetBuildingUnits(IEnumerable<string>? units)
    {
        var list = (units ?? []).Select(u => u?.Trim() ?? "").Where(u => u.Length > 0).Distinct().ToList();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(list.Count, OrganizationConsts.MaxBuildingUnits, "buildingUnits");
        if (list.Any(u => u.Length > OrganizationConsts.MaxBuildingUnitLength))
            throw new ArgumentOutOfRangeException("buildingUnits", $"A building unit is at most {OrganizationConsts.MaxBuildingUnitLength} characters.");
        _buildingUnits = list;
        return this;
    }

    /// <summary>Keeps the denormalised community id in step when the parent grid moves.</summary>
    internal void FollowGrid(Grid grid) => CommunityId = grid.CommunityId;
}

public interface IMicroGridRepository : IRepository<MicroGrid>
{
    Task<PagedList<MicroGrid>> GetListAsync(MicroGridQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<MicroGrid>> GetByCommunityAsync(Guid communityId, CancellationToken ct = default);
    Task<IReadOnlyList<MicroGrid>> GetByGridAsync(Guid gridId, CancellationToken ct = default);
    Task<bool> CodeExistsAsync(Guid gridId, string code, CancellationToken ct = default);
    Task<bool> AnyInGridAsync(Guid gridId, CancellationToken ct = default);
}

public sealed record MicroGridQuery(Guid? CommunityId = null, Guid? GridId = null, string? Filter = null) : PageRequest;
