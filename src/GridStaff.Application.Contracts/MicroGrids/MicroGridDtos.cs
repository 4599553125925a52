namespace GridStaff.MicroGrids;

using System.ComponentModel.DataAnnotations;
using GridStaff.Organizations;

public sealed record MicroGridDto(
    Guid Id, Guid StreetId, Guid CommunityId, Guid GridId, string Code, string Name,
    int Households, IReadOnlyCollection<string> BuildingUnits);

public class GetMicroGridListDto : PagedAndSortedResultRequestDto
{
    public Guid? CommunityId { get; set; }
    public Guid? GridId { get; set; }

    [StringLength(64)]
    public string? Filter { get; set; }
}

public class UpdateMicroGridDto
{
    [Required, StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Range(0, OrganizationConsts.MaxHouseholds)]
    public int Households { get; set; }

    [MaxLength(OrganizationConsts.MaxBuildingUnits)]
    public List<string> BuildingUnits { get; set; } = [];
}

public class CreateMicroGridDto : UpdateMicroGridDto
{
    [Required]
    public Guid? GridId { get; set; }

    [Required, StringLength(OrganizationConsts.MaxCodeLength)]
    public string Code { get; set; } = "";
}

public interface IMicroGridAppService
{
    Task<MicroGridDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<MicroGridDto>> GetListAsync(GetMicroGridListDto input, CancellationToken ct = default);
    Task<MicroGridDto> CreateAsync(CreateMicroGridDto input, CancellationToken ct = default);
    Task<MicroGridDto> UpdateAsync(Guid id, UpdateMicroGridDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
