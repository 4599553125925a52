namespace GridStaff.PartTimeForces;

using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Workers;
using Riok.Mapperly.Abstractions;

public class PartTimeForceAppService(
    IPartTimeForceRepository forces, IGridRepository grids, IMicroGridRepository microGrids, WorkerManager workers, IUnitOfWork uow) : IPartTimeForceAppService
{
    public async Task<PartTimeForceDto> GetAsync(Guid id, CancellationToken ct = default) => (await forces.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<PartTimeForceDto>> GetListAsync(GetPartTimeForceListDto input, CancellationToken ct = default)
    {
        var page = await forces.GetListAsync(new PartTimeForceQuery(input.CommunityId, input.GridId, input.MicroGridId, input.Role, input.ActiveOn, input.Filter)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct);
        return new PagedResultDto<PartTimeForceDto>(page.Items.Select(f => f.ToDto()).ToList(), page.TotalCount);
    }

    public async Task<PartTimeForceDto> CreateAsync(CreateUpdatePartTimeForceDto input, CancellationToken ct = default)
    {
        var (grid, micro) = await PlaceAsync(input, ct);
        var force = new PartTimeForce(Guid.CreateVersion7(), grid, micro, input.Name, input.Role, workers.ProtectPhone(input.Phone), input.ActiveFrom!.Value)
            .SetPeriod(input.ActiveFrom!.Value, input.ActiveTo);
        await forces.InsertAsync(force, ct);
        await uow.SaveChangesAsync(ct);
        return force.ToDto();
    }

    public async Task<PartTimeForceDto> UpdateAsync(Guid id, CreateUpdatePartTimeForceDto input, CancellationToken ct = default)
    {
        var force = await forces.GetAsync(id, ct);
        var (grid, micro) = await PlaceAsync(input, ct);
        force.AssignTo(grid, micro).Rename(input.Name).ChangeRole(input.Role).SetPeriod(input.ActiveFrom!.Value, input.ActiveTo);
        // Clients only ever see the masked phone: an update without one keeps what is stored.
        if (!string.IsNullOrWhiteSpace(input.Phone)) force.ChangePhone(workers.ProtectPhone(input.Phone));
        await uow.SaveChangesAsync(ct);
        return force.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        forces.Delete(await forces.GetAsync(id, ct));
        await uow.SaveChangesAsync(ct);
    }

    private async Task<(Grid, MicroGrid?)> PlaceAsync(CreateUpdatePartTimeForceDto input, CancellationToken ct)
    {
        var grid = await grids.FindAsync(input.GridId!.Value, ct) ?? throw new BusinessException(GridStaffErrorCodes.ParentNotFound,
            "The grid given in 'gridId' does not exist or is outside your scope.") { Field = "gridId" };
        var micro = input.MicroGridId is { } microId
            ? await microGrids.FindAsync(microId, ct) ?? throw new BusinessException(GridStaffErrorCodes.ParentNotFound,
                "The micro-grid given in 'microGridId' does not exist or is outside your scope.") { Field = "microGridId" }
            : null;
        return (grid, micro);
    }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PartTimeForceMapper
{
    public static partial PartTimeForceDto ToDto(this PartTimeForce force);
}
