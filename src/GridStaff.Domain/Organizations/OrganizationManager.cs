namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Districts;
using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Streets;

/// <summary>
/// The rules of the organisation tree that need the database: codes unique within their parent,
/// and no parent deleted while it still has live children.
/// </summary>
public class OrganizationManager(
    IStreetRepository streets,
    ICommunityRepository communities,
    IGridRepository grids,
    IMicroGridRepository microGrids)
{
    public async Task<Street> CreateStreetAsync(District district, string code, string name, StreetKind kind, CancellationToken ct = default)
    {
        if (await streets.CodeExistsAsync(district.Id, code.Trim(), ct)) throw Duplicate("street", code);
        return new Street(Guid.CreateVersion7(), district.Id, code, name, kind);
    }

    public async Task<Community> CreateCommunityAsync(Street street, string code, string name, CancellationToken ct = default)
    {
        if (await communities.CodeExistsAsync(street.Id, code.Trim(), ct)) throw Duplicate("community", code);
        return new Community(Guid.CreateVersion7(), street.Id, code, name);
    }

    public async Task<Grid> CreateGridAsync(Community community, string code, string name, GridKind kind, CancellationToken ct = default)
    {
        if (await grids.CodeExistsAsync(community.Id, code.Trim(), null, ct)) throw Duplicate("grid", code);
        return new Grid(Guid.CreateVersion7(), community, code, name, kind);
    }

    public async Task<MicroGrid> CreateMicroGridAsync(Grid grid, string code, string name, CancellationToken ct = default)
    {
        if (await microGrids.CodeExistsAsync(grid.Id, code.Trim(), ct)) throw Duplicate("micro-grid", code);
        return new MicroGrid(Guid.CreateVersion7(), grid, code, name);
    }

    /// <summary>Moves a grid (and its micro-grids) to another community of the same street.</summary>
    public async Task MoveGridAsync(Grid grid, Community target, CancellationToken ct = default)
    {
        if (grid.CommunityId == target.Id) return;
        if (await grids.CodeExistsAsync(target.Id, grid.Code, grid.Id, ct)) throw Duplicate("grid", grid.Code);
        grid.MoveTo(target);
        foreach (var microGrid in await microGrids.GetByGridAsync(grid.Id, ct)) microGrid.FollowGrid(grid);
    }

    public async Task EnsureCanDeleteAsync(Street street, CancellationToken ct = default)
    {
        if (await communities.AnyInStreetAsync(street.Id, ct)) throw HasChildren("street", "communities");
    }

    public async Task EnsureCanDeleteAsync(Community community, CancellationToken ct = default)
    {
        if (await grids.AnyInCommunityAsync(community.Id, ct)) throw HasChildren("community", "grids");
    }

    public async Task EnsureCanDeleteAsync(Grid grid, CancellationToken ct = default)
    {
        if (await microGrids.AnyInGridAsync(grid.Id, ct)) throw HasChildren("grid", "micro-grids");
    }

    private static BusinessException Duplicate(string what, string code) =>
        new(GridStaffErrorCodes.DuplicateCode, $"Another {what} in the same parent already has the code '{code.Trim()}'.")
        { Field = "code", IsConflict = true };

    private static BusinessException HasChildren(string what, string children) =>
        new(GridStaffErrorCodes.HasChildren, $"This {what} still has {children}; move or delete them first.");
}
