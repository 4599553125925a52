namespace GridStaff.Grids;

using GridStaff.Communities;
using GridStaff.Organizations;

/// <summary>网格: the unit a full-time grid worker serves. Its figures drive the staffing advice.</summary>
public class Grid : AuditedAggregateRoot, ISoftDelete, ICommunityScoped
{
    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public GridKind Kind { get; private set; }
    public int Households { get; private set; }
    public int Population { get; private set; }
    public double AreaKm2 { get; private set; }

    /// <summary>1.0 is an ordinary grid; above 1 (old estates, many elderly, mixed use) weighs more in staffing.</summary>
    public double DifficultyFactor { get; private set; } = 1;

    /// <summary>Optional boundary as GeoJSON text; stored as given, not interpreted.</summary>
    public string? BoundaryGeoJson { get; private set; }

    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    private Grid() { }

    /// <summary>Use <see cref="OrganizationManager.CreateGridAsync"/>: codes are unique within the community.</summary>
    internal Grid(Guid id, Community community, string code, string name, GridKind kind) : base(id)
    {
        StreetId = community.StreetId;
        CommunityId = community.Id;
        Code = Guard.Code(code);
        Kind = kind;
        Rename(name);
    }

    public Grid Rename(string name) { Name = Guard.Name(name); return this; }

    public Grid ChangeKind(GridKind kind) { Kind = kind; return this; }

    public Grid SetFigures(int households, int population, double areaKm2, double difficultyFactor)
    {
        Households = Guard.Count(households, OrganizationConsts.MaxHouseholds, nameof(households));
        Population = Guard.Count(population, OrganizationConsts.MaxPopulation, nameof(population));
        if (!double.IsFinite(areaKm2) || areaKm2 < 0 || areaKm2 > OrganizationConsts.MaxAreaKm2)
            throw new ArgumentOutOfRangeException(nameof(areaKm2), areaKm2, "Area must be between 0 and 10,000 km².");
        if (!double.IsFinite(difficultyFactor) || difficultyFactor < OrganizationConsts.MinDifficultyFactor || difficultyFactor > OrganizationConsts.MaxDifficultyFactor)
            throw new ArgumentOutOfRangeException(nameof(difficultyFactor), difficultyFactor, "Difficulty factor must be between 0.1 and 10.");
        AreaKm2 = areaKm2;
        DifficultyFactor = difficultyFactor;
        return this;
    }

    public Grid SetBoundary(string? geoJson)
    {
        if (geoJson is not null) ArgumentOutOfRangeException.ThrowIfGreaterThan(geoJson.Length, OrganizationConsts.MaxBoundaryLength, nameof(geoJson));
        BoundaryGeoJson = string.IsNullOrWhiteSpace(geoJson) ? null : geoJson;
        return this;
    }

    /// <summary>Moves the grid to another community of the same street; a grid never leaves its street.</summary>
    internal void MoveTo(Community community)
    {
        if (community.StreetId != StreetId)
            throw new BusinessException(GridStaffErrorCodes.MoveOutsideStreet, "A grid can only move to a community of the same street.") { Field = "communityId" };
        CommunityId = community.Id;
    }
}

public interface IGridRepository : IRepository<Grid>
{
    Task<PagedList<Grid>> GetListAsync(GridQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<Grid>> GetByCommunityAsync(Guid communityId, CancellationToken ct = default);
    Task<bool> CodeExistsAsync(Guid communityId, string code, Guid? exceptId = null, CancellationToken ct = default);
    Task<bool> AnyInCommunityAsync(Guid communityId, CancellationToken ct = default);
}

public sealed record GridQuery(
    Guid? StreetId = null, Guid? CommunityId = null, GridKind? Kind = null, string? Filter = null,
    int? MinHouseholds = null, int? MaxHouseholds = null) : PageRequest;
