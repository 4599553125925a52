namespace GridStaff.Organizations;

using GridStaff.Districts;
using GridStaff.Streets;

public class StreetAppService(
    IStreetRepository streets, IDistrictRepository districts, OrganizationManager organization, IUnitOfWork uow) : IStreetAppService
{
    public async Task<StreetDto> GetAsync(Guid id, CancellationToken ct = default) => (await streets.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<StreetDto>> GetListAsync(GetStreetListDto input, CancellationToken ct = default) =>
        (await streets.GetListAsync(new StreetQuery(input.DistrictId, input.Filter)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(s => s.ToDto());

    public async Task<StreetDto> CreateAsync(CreateStreetDto input, CancellationToken ct = default)
    {
        var district = await districts.FindAsync(input.DistrictId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("districtId", "district");
        var street = await organization.CreateStreetAsync(district, input.Code, input.Name, input.Kind, ct);
        await streets.InsertAsync(street, ct);
        await uow.SaveChangesAsync(ct);
        return street.ToDto();
    }

    public async Task<StreetDto> UpdateAsync(Guid id, UpdateStreetDto input, CancellationToken ct = default)
    {
        var street = await streets.GetAsync(id, ct);
        street.Rename(input.Name).ChangeKind(input.Kind);
        await uow.SaveChangesAsync(ct);
        return street.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var street = await streets.GetAsync(id, ct);
        await organization.EnsureCanDeleteAsync(street, ct);
        streets.Delete(street);
        await uow.SaveChangesAsync(ct);
    }
}
