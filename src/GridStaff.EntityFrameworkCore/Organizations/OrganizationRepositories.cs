namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Districts;
using GridStaff.EntityFrameworkCore;
using GridStaff.Grids;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.StaffingNorms;
using GridStaff.Streets;
using Microsoft.EntityFrameworkCore;

// Uniqueness checks look past the data scope on purpose: a code is unique within its parent
// whoever asks. They still respect soft delete, matching the filtered unique index.

public class DistrictRepository(GridStaffDbContext db) : EfRepository<District>(db), IDistrictRepository
{
    public async Task<IReadOnlyList<District>> GetAllAsync(CancellationToken ct = default) =>
        await Set.OrderBy(d => d.Code).ToListAsync(ct);

    public Task<bool> CodeExistsAsync(string code, CancellationToken ct = default) => Set.AnyAsync(d => d.Code == code, ct);
}

public class StreetRepository(GridStaffDbContext db) : EfRepository<Street>(db), IStreetRepository
{
    private static readonly SortKeys<Street> Sort = new("code", new()
    {
        ["code"] = s => s.Code, ["name"] = s => s.Name, ["creationTime"] = s => s.CreationTime,
    });

    public Task<PagedList<Street>> GetListAsync(StreetQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(s => query.DistrictId == null || s.DistrictId == query.DistrictId);
        if (!string.IsNullOrWhiteSpace(query.Filter)) q = q.Where(s => s.Name.Contains(query.Filter) || s.Code.Contains(query.Filter));
        return PageAsync(q, query, Sort, ct);
    }

    public Task<bool> CodeExistsAsync(Guid districtId, string code, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(s => s.DistrictId == districtId && s.Code == code, ct);
}

public class CommunityRepository(GridStaffDbContext db) : EfRepository<Community>(db), ICommunityRepository
{
    private static readonly SortKeys<Community> Sort = new("code", new()
    {
        ["code"] = c => c.Code, ["name"] = c => c.Name, ["creationTime"] = c => c.CreationTime,
    });

    public Task<PagedList<Community>> GetListAsync(CommunityQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking().Where(c => query.StreetId == null || c.StreetId == query.StreetId);
        if (!string.IsNullOrWhiteSpace(query.Filter)) q = q.Where(c => c.Name.Contains(query.Filter) || c.Code.Contains(query.Filter));
        return PageAsync(q, query, Sort, ct);
    }

    public Task<bool> CodeExistsAsync(Guid streetId, string code, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(c => c.StreetId == streetId && c.Code == code, ct);

    public Task<bool> AnyInStreetAsync(Guid streetId, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(c => c.StreetId == streetId, ct);
}

public class GridRepository(GridStaffDbContext db) : EfRepository<Grid>(db), IGridRepository
{
    private static readonly SortKeys<Grid> Sort = new("code", new()
    {
        ["code"] = g => g.Code, ["name"] = g => g.Name, ["households"] = g => g.Households,
        ["population"] = g => g.Population, ["difficultyFactor"] = g => g.DifficultyFactor, ["creationTime"] = g => g.CreationTime,
    });

    public Task<PagedList<Grid>> GetListAsync(GridQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(g => query.StreetId == null || g.StreetId == query.StreetId)
            .Where(g => query.CommunityId == null || g.CommunityId == query.CommunityId)
            .Where(g => query.Kind == null || g.Kind == query.Kind)
            .Where(g => query.MinHouseholds == null || g.Households >= query.MinHouseholds)
            .Where(g => query.MaxHouseholds == null || g.Households <= query.MaxHouseholds);
        if (!string.IsNullOrWhiteSpace(query.Filter)) q = q.Where(g => g.Name.Contains(query.Filter) || g.Code.Contains(query.Filter));
        return PageAsync(q, query, Sort, ct);
    }

    public async Task<IReadOnlyList<Grid>> GetByCommunityAsync(Guid communityId, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(g => g.CommunityId == communityId).OrderBy(g => g.Code).ToListAsync(ct);

    public Task<bool> CodeExistsAsync(Guid communityId, string code, Guid? exceptId = null, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter])
            .AnyAsync(g => g.CommunityId == communityId && g.Code == code && g.Id != exceptId, ct);

    public Task<bool> AnyInCommunityAsync(Guid communityId, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(g => g.CommunityId == communityId, ct);
}

public class MicroGridRepository(GridStaffDbContext db) : EfRepository<MicroGrid>(db), IMicroGridRepository
{
    private static readonly SortKeys<MicroGrid> Sort = new("code", new()
    {
        ["code"] = m => m.Code, ["name"] = m => m.Name, ["households"] = m => m.Households,
    });

    public Task<PagedList<MicroGrid>> GetListAsync(MicroGridQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(m => query.CommunityId == null || m.CommunityId == query.CommunityId)
            .Where(m => query.GridId == null || m.GridId == query.GridId);
        if (!string.IsNullOrWhiteSpace(query.Filter)) q = q.Where(m => m.Name.Contains(query.Filter) || m.Code.Contains(query.Filter));
        return PageAsync(q, query, Sort, ct);
    }

    public async Task<IReadOnlyList<MicroGrid>> GetByCommunityAsync(Guid communityId, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(m => m.CommunityId == communityId).OrderBy(m => m.Code).ToListAsync(ct);

    public async Task<IReadOnlyList<MicroGrid>> GetByGridAsync(Guid gridId, CancellationToken ct = default) =>
        await Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).Where(m => m.GridId == gridId).ToListAsync(ct);

    public Task<bool> CodeExistsAsync(Guid gridId, string code, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(m => m.GridId == gridId && m.Code == code, ct);

    public Task<bool> AnyInGridAsync(Guid gridId, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(m => m.GridId == gridId, ct);
}

public class GridTaskItemRepository(GridStaffDbContext db) : EfRepository<GridTaskItem>(db), IGridTaskItemRepository
{
    private static readonly SortKeys<GridTaskItem> Sort = new("name", new()
    {
        ["name"] = i => i.Name, ["category"] = i => i.Category, ["endDate"] = i => i.EndDate, ["creationTime"] = i => i.CreationTime,
    });

    public Task<PagedList<GridTaskItem>> GetListAsync(GridTaskItemQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(i => query.StreetId == null || i.StreetId == query.StreetId)
            .Where(i => query.Category == null || i.Category == query.Category)
            .Where(i => query.InForceOn == null || !i.IsTemporary || i.EndDate >= query.InForceOn);
        if (!string.IsNullOrWhiteSpace(query.Filter)) q = q.Where(i => i.Name.Contains(query.Filter) || i.SourceDepartment.Contains(query.Filter));
        return PageAsync(q, query, Sort, ct);
    }
}

public class StaffingNormRepository(GridStaffDbContext db) : EfRepository<StaffingNorm>(db), IStaffingNormRepository
{
    public async Task<StaffingNorm?> FindInForceAsync(Guid streetId, DateOnly date, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(n => n.StreetId == streetId && n.EffectiveFrom <= date).OrderByDescending(n => n.EffectiveFrom).FirstOrDefaultAsync(ct)
        ?? await Set.AsNoTracking().Where(n => n.StreetId == null && n.EffectiveFrom <= date).OrderByDescending(n => n.EffectiveFrom).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<StaffingNorm>> GetVersionsAsync(Guid? streetId, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(n => n.StreetId == streetId).OrderByDescending(n => n.EffectiveFrom).ToListAsync(ct);

    public Task<bool> ExistsAsync(Guid? streetId, DateOnly effectiveFrom, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(n => n.StreetId == streetId && n.EffectiveFrom == effectiveFrom, ct);
}
