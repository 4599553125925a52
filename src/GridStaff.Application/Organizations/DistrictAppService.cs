namespace GridStaff.Organizations;

using GridStaff.Districts;

public class DistrictAppService(IDistrictRepository districts, IUnitOfWork uow) : IDistrictAppService
{
    public async Task<IReadOnlyList<DistrictDto>> GetListAsync(CancellationToken ct = default) =>
        (await districts.GetAllAsync(ct)).Select(d => d.ToDto()).ToList();

    public async Task<DistrictDto> CreateAsync(CreateDistrictDto input, CancellationToken ct = default)
    {
        if (await districts.CodeExistsAsync(input.Code.Trim(), ct))
            throw new BusinessException(GridStaffErrorCodes.DuplicateCode, $"A district with the code '{input.Code.Trim()}' exists.") { Field = "code", IsConflict = true };
        var district = new District(Guid.CreateVersion7(), input.Code, input.Name);
        await districts.InsertAsync(district, ct);
        await uow.SaveChangesAsync(ct);
        return district.ToDto();
    }
}
