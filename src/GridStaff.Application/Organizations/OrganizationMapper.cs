namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Districts;
using GridStaff.Grids;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.StaffingNorms;
using GridStaff.Streets;
using Riok.Mapperly.Abstractions;

/// <summary>Entity → DTO only; input reaches the domain through constructors and methods.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class OrganizationMapper
{
    public static partial DistrictDto ToDto(this District district);
    public static partial StreetDto ToDto(this Street street);
    public static partial CommunityDto ToDto(this Community community);
    public static partial GridDto ToDto(this Grid grid);
    public static partial MicroGridDto ToDto(this MicroGrid microGrid);
    public static partial GridTaskItemDto ToDto(this GridTaskItem item);
    public static partial StaffingNormDto ToDto(this StaffingNorm norm);
    public static partial NormDeviationDto ToDto(this NormDeviation deviation);

    public static PagedResultDto<TDto> ToDto<T, TDto>(this PagedList<T> page, Func<T, TDto> map) =>
        new(page.Items.Select(map).ToList(), page.TotalCount);
}
