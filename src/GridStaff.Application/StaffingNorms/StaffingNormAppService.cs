namespace GridStaff.StaffingNorms;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Organizations;
using GridStaff.Streets;
using GridStaff.Users;

public class StaffingNormAppService(
    IStaffingNormRepository norms,
    IStreetRepository streets,
    ICommunityRepository communities,
    IGridRepository grids,
    IMicroGridRepository microGrids,
    ICurrentUser currentUser,
    TimeProvider clock,
    IUnitOfWork uow) : IStaffingNormAppService
{
    public async Task<IReadOnlyList<StaffingNormDto>> GetVersionsAsync(Guid? streetId, CancellationToken ct = default)
    {
        var own = streetId is { } id ? await norms.GetVersionsAsync((await streets.GetAsync(id, ct)).Id, ct) : [];
        var defaults = await norms.GetVersionsAsync(null, ct);
        return own.Concat(defaults).Select(n => n.ToDto()).ToList();
    }

    public async Task<StaffingNormDto> CreateAsync(CreateStaffingNormDto input, CancellationToken ct = default)
    {
        if (input.StreetId is { } streetId)
        {
            _ = await streets.FindAsync(streetId, ct) ?? throw OrganizationErrors.ParentNotFound("streetId", "street");
        }
        else if (!currentUser.Scope.IsUnrestricted)
        {
            throw new BusinessException(GridStaffErrorCodes.InvalidNormRange, "Only an administrator may add a city-wide default; give a streetId.") { Field = "streetId" };
        }

        var effectiveFrom = input.EffectiveFrom!.Value;
        if (await norms.ExistsAsync(input.StreetId, effectiveFrom, ct))
            throw new BusinessException(GridStaffErrorCodes.NormAlreadyEffective, $"A version already takes effect on {effectiveFrom:yyyy-MM-dd}; versions are never overwritten.") { Field = "effectiveFrom", IsConflict = true };

        var norm = new StaffingNorm(Guid.CreateVersion7(), input.StreetId, effectiveFrom, input.DocumentNumber, new StaffingNormValues(
            input.GridHouseholdsMin, input.GridHouseholdsMax, input.MicroGridHouseholdsMin, input.MicroGridHouseholdsMax,
            input.HouseholdsPerWorkerMin, input.HouseholdsPerWorkerMax, input.MaxWorkersPerCommunity, input.FullTimeWorkersPerGrid));
        await norms.InsertAsync(norm, ct);
        await uow.SaveChangesAsync(ct);
        return norm.ToDto();
    }

    public async Task<StaffingAdviceDto> GetAdviceAsync(Guid communityId, DateOnly? asOf, CancellationToken ct = default)
    {
        var community = await communities.GetAsync(communityId, ct);
        var date = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var norm = await norms.FindInForceAsync(community.StreetId, date, ct)
            ?? throw new BusinessException(GridStaffErrorCodes.NoStaffingNorm, $"No staffing norm is in force on {date:yyyy-MM-dd}.");

        var advice = StaffingAdvisor.Advise(norm, await grids.GetByCommunityAsync(community.Id, ct), await microGrids.GetByCommunityAsync(community.Id, ct));
        return new StaffingAdviceDto(
            community.Id, date, norm.ToDto(), advice.Households, advice.WeightedHouseholds,
            advice.ComprehensiveGrids, advice.DedicatedGrids, advice.RecommendedGridsMin, advice.RecommendedGridsMax,
            advice.RecommendedWorkersMin, advice.RecommendedWorkersMax, advice.WorkersCapped, advice.RecommendedFullTimeGridWorkers,
            advice.GridsOutsideNorm.Select(d => d.ToDto()).ToList(), advice.MicroGridsOutsideNorm.Select(d => d.ToDto()).ToList());
    }
}
