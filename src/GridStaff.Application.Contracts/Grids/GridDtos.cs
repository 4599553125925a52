namespace GridStaff.Grids;

using System.ComponentModel.DataAnnotations;
using GridStaff.Organizations;

public sealed record GridDto(
    Guid Id, Guid StreetId, Guid CommunityId, string Code, string Name, GridKind Kind,
    int Households, int Population, double AreaKm2, double DifficultyFactor, string? BoundaryGeoJson);

public class GetGridListDto : PagedAndSortedResultRequestDto
{
    public Guid? StreetId { get; set; }
    public Guid? CommunityId { get; set; }
    public GridKind? Kind { get; set; }

    [StringLength(64)]
    public string? Filter { get; set; }

    [Range(0, OrganizationConsts.MaxHouseholds)]
    public int? MinHouseholds { get; set; }

    [Range(0, OrganizationConsts.MaxHouseholds)]
    public int? MaxHouseholds { get; set; }
}

/// <summary>The figures of a grid, shared by create and update.</summary>
public abstract class GridFiguresDto
{
    [Required, StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public GridKind Kind { get; set; }

    [Range(0, OrganizationConsts.MaxHouseholds)]
    public int Households { get; set; }

    [Range(0, OrganizationConsts.MaxPopulation)]
    public int Population { get; set; }

    [Range(0, OrganizationConsts.MaxAreaKm2)]
    public double AreaKm2 { get; set; }

    [Range(OrganizationConsts.MinDifficultyFactor, OrganizationConsts.MaxDifficultyFactor)]
    public double DifficultyFactor { get; set; } = 1;

    [StringLength(OrganizationConsts.MaxBoundaryLength)]
    public string? BoundaryGeoJson { get; set; }
}

public class CreateGridDto : GridFiguresDto
{
    [Required]
    public Guid? CommunityId { get; set; }

    [Required, StringLength(OrganizationConsts.MaxCodeLength)]
    public string Code { get; set; } = "";
}

public class UpdateGridDto : GridFiguresDto;

public class MoveGridDto
{
    [Required]
    public Guid? CommunityId { get; set; }
}

public interface IGridAppService
{
    Task<GridDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<GridDto>> GetListAsync(GetGridListDto input, CancellationToken ct = default);
    Task<GridDto> CreateAsync(CreateGridDto input, CancellationToken ct = default);
    Task<GridDto> UpdateAsync(Guid id, UpdateGridDto input, CancellationToken ct = default);
    Task<GridDto> MoveAsync(Guid id, MoveGridDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
