namespace GridStaff.Communities;

using System.ComponentModel.DataAnnotations;
using GridStaff.Organizations;

public sealed record CommunityDto(Guid Id, Guid StreetId, string Code, string Name);

public class GetCommunityListDto : PagedAndSortedResultRequestDto
{
    public Guid? StreetId { get; set; }

    [StringLength(64)]
    public string? Filter { get; set; }
}

public class CreateCommunityDto
{
    [Required]
    public Guid? StreetId { get; set; }

    [Required, StringLength(OrganizationConsts.MaxCodeLength)]
    public string Code { get; set; } = "";

    [Required, StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = "";
}

public class UpdateCommunityDto
{
    [Required, StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = "";
}

public interface ICommunityAppService
{
    Task<CommunityDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<CommunityDto>> GetListAsync(GetCommunityListDto input, CancellationToken ct = default);
    Task<CommunityDto> CreateAsync(CreateCommunityDto input, CancellationToken ct = default);
    Task<CommunityDto> UpdateAsync(Guid id, UpdateCommunityDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
