namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Grids;

public class GridAppService(
    IGridRepository grids, ICommunityRepository communities, OrganizationManager organization, IUnitOfWork uow) : IGridAppService
{
    public async Task<GridDto> GetAsync(Guid id, CancellationToken ct = default) => (await grids.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<GridDto>> GetListAsync(GetGridListDto input, CancellationToken ct = default) =>
        (await grids.GetListAsync(new GridQuery(input.StreetId, input.CommunityId, input.Kind, input.Filter, input.MinHouseholds, input.MaxHouseholds)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(g => g.ToDto());

    public async Task<GridDto> CreateAsync(CreateGridDto input, CancellationToken ct = default)
    {
        var community = await communities.FindAsync(input.CommunityId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("communityId", "community");
        var grid = await organization.CreateGridAsync(community, input.Code, input.Name, input.Kind, ct);
        Apply(grid, input);
        await grids.InsertAsync(grid, ct);
        await uow.SaveChangesAsync(ct);
        return grid.ToDto();
    }

    public async Task<GridDto> UpdateAsync(Guid id, UpdateGridDto input, CancellationToken ct = default)
    {
        var grid = await grids.GetAsync(id, ct);
        Apply(grid.Rename(input.Name).ChangeKind(input.Kind), input);
        await uow.SaveChangesAsync(ct);
        return grid.ToDto();
    }

    public async Task<GridDto> MoveAsync(Guid id, MoveGridDto input, CancellationToken ct = default)
    {
        var grid = await grids.GetAsync(id, ct);
        var target = await communities.FindAsync(input.CommunityId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("communityId", "community");
        await organization.MoveGridAsync(grid, target, ct);
        await uow.SaveChangesAsync(ct);
        return grid.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var grid = await grids.GetAsync(id, ct);
        await organization.EnsureCanDeleteAsync(grid, ct);
        grids.Delete(grid);
        await uow.SaveChangesAsync(ct);
    }

    private static void Apply(Grid grid, GridFiguresDto input) =>
        grid.SetFigures(input.Households, input.Population, input.AreaKm2, input.DifficultyFactor).SetBoundary(input.BoundaryGeoJson);
}
