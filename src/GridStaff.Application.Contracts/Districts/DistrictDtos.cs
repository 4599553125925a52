namespace GridStaff.Districts;

using System.ComponentModel.DataAnnotations;
using GridStaff.Organizations;

public sealed record DistrictDto(Guid Id, string Code, string Name);

public class CreateDistrictDto
{
    [Required, StringLength(OrganizationConsts.MaxCodeLength)]
    public string Code { get; set; } = "";

    [Required, StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = "";
}

public interface IDistrictAppService
{
    Task<IReadOnlyList<DistrictDto>> GetListAsync(CancellationToken ct = default);
    Task<DistrictDto> CreateAsync(CreateDistrictDto input, CancellationToken ct = default);
}
