namespace GridStaff.Streets;

using System.ComponentModel.DataAnnotations;
using GridStaff.Organizations;

public sealed record StreetDto(Guid Id, Guid DistrictId, string Code, string Name, StreetKind Kind);

public class GetStreetListDto : PagedAndSortedResultRequestDto
{
    public Guid? DistrictId { get; set; }

    [StringLength(64)]
    public string? Filter { get; set; }
}

public class CreateStreetDto
{
    [Required]
    public Guid? DistrictId { get; set; }

    [Required, StringLength(OrganizationConsts.MaxCodeLength)]
    public string Code { get; set; } = "";

    [Required, StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public StreetKind Kind { get; set; }
}

public class UpdateStreetDto
{
    [Required, StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public StreetKind Kind { get; set; }
}

public interface IStreetAppService
{
    Task<StreetDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<StreetDto>> GetListAsync(GetStreetListDto input, CancellationToken ct = default);
    Task<StreetDto> CreateAsync(CreateStreetDto input, CancellationToken ct = default);
    Task<StreetDto> UpdateAsync(Guid id, UpdateStreetDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
