namespace GridStaff.GridTaskItems;

using System.ComponentModel.DataAnnotations;
using GridStaff.Organizations;

public sealed record GridTaskItemDto(
    Guid Id, Guid StreetId, string Name, GridTaskCategory Category, string SourceDepartment,
    string? Description, bool IsTemporary, DateOnly? EndDate);

public class GetGridTaskItemListDto : PagedAndSortedResultRequestDto
{
    public Guid? StreetId { get; set; }
    public GridTaskCategory? Category { get; set; }

    [StringLength(64)]
    public string? Filter { get; set; }

    /// <summary>Only items in force on this date (temporary items past their end date drop out).</summary>
    public DateOnly? InForceOn { get; set; }
}

public class UpdateGridTaskItemDto
{
    [Required, StringLength(GridTaskItemConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public GridTaskCategory Category { get; set; }

    [Required, StringLength(GridTaskItemConsts.MaxDepartmentLength)]
    public string SourceDepartment { get; set; } = "";

    [StringLength(GridTaskItemConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    public bool IsTemporary { get; set; }

    /// <summary>Required when <see cref="IsTemporary"/>.</summary>
    public DateOnly? EndDate { get; set; }
}

public class CreateGridTaskItemDto : UpdateGridTaskItemDto
{
    [Required]
    public Guid? StreetId { get; set; }
}

public interface IGridTaskItemAppService
{
    Task<GridTaskItemDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<GridTaskItemDto>> GetListAsync(GetGridTaskItemListDto input, CancellationToken ct = default);
    Task<GridTaskItemDto> CreateAsync(CreateGridTaskItemDto input, CancellationToken ct = default);
    Task<GridTaskItemDto> UpdateAsync(Guid id, UpdateGridTaskItemDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
