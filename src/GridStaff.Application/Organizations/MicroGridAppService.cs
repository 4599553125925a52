namespace GridStaff.Organizations;

using GridStaff.Grids;
using GridStaff.MicroGrids;

public class MicroGridAppService(
    IMicroGridRepository microGrids, IGridRepository grids, OrganizationManager organization, IUnitOfWork uow) : IMicroGridAppService
{
    public async Task<MicroGridDto> GetAsync(Guid id, CancellationToken ct = default) => (await microGrids.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<MicroGridDto>> GetListAsync(GetMicroGridListDto input, CancellationToken ct = default) =>
        (await microGrids.GetListAsync(new MicroGridQuery(input.CommunityId, input.GridId, input.Filter)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(m => m.ToDto());

    public async Task<MicroGridDto> CreateAsync(CreateMicroGridDto input, CancellationToken ct = default)
    {
        var grid = await grids.FindAsync(input.GridId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("gridId", "grid");
        var microGrid = await organization.CreateMicroGridAsync(grid, input.Code, input.Name, ct);
        microGrid.SetHouseholds(input.Households).SetBuildingUnits(input.BuildingUnits);
        await microGrids.InsertAsync(microGrid, ct);
        await uow.SaveChangesAsync(ct);
        return microGrid.ToDto();
    }

    public async Task<MicroGridDto> UpdateAsync(Guid id, UpdateMicroGridDto input, CancellationToken ct = default)
    {
        var microGrid = await microGrids.GetAsync(id, ct);
        microGrid.Rename(input.Name).SetHouseholds(input.Households).SetBuildingUnits(input.BuildingUnits);
        await uow.SaveChangesAsync(ct);
        return microGrid.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        microGrids.Delete(await microGrids.GetAsync(id, ct));
        await uow.SaveChangesAsync(ct);
    }
}
