namespace GridStaff.Organizations;

using GridStaff.GridTaskItems;
using GridStaff.Streets;

public class GridTaskItemAppService(IGridTaskItemRepository items, IStreetRepository streets, IUnitOfWork uow) : IGridTaskItemAppService
{
    public async Task<GridTaskItemDto> GetAsync(Guid id, CancellationToken ct = default) => (await items.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<GridTaskItemDto>> GetListAsync(GetGridTaskItemListDto input, CancellationToken ct = default) =>
        (await items.GetListAsync(new GridTaskItemQuery(input.StreetId, input.Category, input.Filter, input.InForceOn)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(i => i.ToDto());

    public async Task<GridTaskItemDto> CreateAsync(CreateGridTaskItemDto input, CancellationToken ct = default)
    {
        var street = await streets.FindAsync(input.StreetId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("streetId", "street");
        var item = new GridTaskItem(Guid.CreateVersion7(), street.Id, input.Name, input.Category, input.SourceDepartment);
        Apply(item, input);
        await items.InsertAsync(item, ct);
        await uow.SaveChangesAsync(ct);
        return item.ToDto();
    }

    public async Task<GridTaskItemDto> UpdateAsync(Guid id, UpdateGridTaskItemDto input, CancellationToken ct = default)
    {
        var item = await items.GetAsync(id, ct);
        Apply(item, input);
        await uow.SaveChangesAsync(ct);
        return item.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        items.Delete(await items.GetAsync(id, ct));
        await uow.SaveChangesAsync(ct);
    }

    private static void Apply(GridTaskItem item, UpdateGridTaskItemDto input) =>
        item.Update(input.Name, input.Category, input.SourceDepartment, input.Description).SetDuration(input.IsTemporary, input.EndDate);
}
