namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Streets;

public class CommunityAppService(
    ICommunityRepository communities, IStreetRepository streets, OrganizationManager organization, IUnitOfWork uow) : ICommunityAppService
{
    public async Task<CommunityDto> GetAsync(Guid id, CancellationToken ct = default) => (await communities.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<CommunityDto>> GetListAsync(GetCommunityListDto input, CancellationToken ct = default) =>
        (await communities.GetListAsync(new CommunityQuery(input.StreetId, input.Filter)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(c => c.ToDto());

    public async Task<CommunityDto> CreateAsync(CreateCommunityDto input, CancellationToken ct = default)
    {
        var street = await streets.FindAsync(input.StreetId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("streetId", "street");
        var community = await organization.CreateCommunityAsync(street, input.Code, input.Name, ct);
        await communities.InsertAsync(community, ct);
        await uow.SaveChangesAsync(ct);
        return community.ToDto();
    }

    public async Task<CommunityDto> UpdateAsync(Guid id, UpdateCommunityDto input, CancellationToken ct = default)
    {
        var community = await communities.GetAsync(id, ct);
        community.Rename(input.Name);
        await uow.SaveChangesAsync(ct);
        return community.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var community = await communities.GetAsync(id, ct);
        await organization.EnsureCanDeleteAsync(community, ct);
        communities.Delete(community);
        await uow.SaveChangesAsync(ct);
    }
}
