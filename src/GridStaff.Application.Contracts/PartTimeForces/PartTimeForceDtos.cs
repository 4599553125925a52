namespace GridStaff.PartTimeForces;

using System.ComponentModel.DataAnnotations;
using GridStaff.Workers;

/// <summary>A part-time force; the phone only masked.</summary>
public sealed record PartTimeForceDto(
    Guid Id, Guid StreetId, Guid CommunityId, Guid GridId, Guid? MicroGridId, string Name, PartTimeForceRole Role,
    string? PhoneMasked, DateOnly ActiveFrom, DateOnly? ActiveTo);

public class GetPartTimeForceListDto : PagedAndSortedResultRequestDto
{
    public Guid? CommunityId { get; set; }
    public Guid? GridId { get; set; }
    public Guid? MicroGridId { get; set; }
    public PartTimeForceRole? Role { get; set; }

    /// <summary>Only those active on this date.</summary>
    public DateOnly? ActiveOn { get; set; }

    [StringLength(WorkerConsts.MaxNameLength)]
    public string? Filter { get; set; }
}

public class CreateUpdatePartTimeForceDto
{
    [Required]
    public Guid? GridId { get; set; }

    public Guid? MicroGridId { get; set; }

    [Required, StringLength(WorkerConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public PartTimeForceRole Role { get; set; } = PartTimeForceRole.Volunteer;

    /// <summary>On update, empty keeps the stored phone (the API returns it only masked).</summary>
    [StringLength(WorkerConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    [Required]
    public DateOnly? ActiveFrom { get; set; }

    public DateOnly? ActiveTo { get; set; }
}

public interface IPartTimeForceAppService
{
    Task<PartTimeForceDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<PartTimeForceDto>> GetListAsync(GetPartTimeForceListDto input, CancellationToken ct = default);
    Task<PartTimeForceDto> CreateAsync(CreateUpdatePartTimeForceDto input, CancellationToken ct = default);
    Task<PartTimeForceDto> UpdateAsync(Guid id, CreateUpdatePartTimeForceDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
