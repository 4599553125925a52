namespace GridStaff.Workers;

using GridStaff.EntityFrameworkCore;
using GridStaff.Posts;
using Microsoft.EntityFrameworkCore;

public class WorkerRepository(GridStaffDbContext db) : EfRepository<Worker>(db), IWorkerRepository
{
    private static readonly SortKeys<Worker> Sort = new("name", new()
    {
        ["name"] = w => w.Name, ["hireDate"] = w => w.HireDate, ["grade"] = w => w.Grade,
        ["birthDate"] = w => w.BirthDate, ["status"] = w => w.Status, ["creationTime"] = w => w.CreationTime,
    });

    public Task<PagedList<Worker>> GetListAsync(WorkerQuery query, CancellationToken ct = default) =>
        PageAsync(Filter(query), query, Sort, ct);

    public async Task<IReadOnlyList<Worker>> GetAllAsync(WorkerQuery query, CancellationToken ct = default) =>
        await Sort.Apply(Filter(query), query.Sorting).ToListAsync(ct);

    private IQueryable<Worker> Filter(WorkerQuery query)
    {
        // Lists carry the grid assignments only; history and contracts are read one worker at a time.
        var q = Set.AsNoTracking().IgnoreAutoIncludes().Include(w => w.Grids)
            .Where(w => query.StreetId == null || w.StreetId == query.StreetId)
            .Where(w => query.CommunityId == null || w.CommunityId == query.CommunityId)
            .Where(w => query.PostId == null || w.PostId == query.PostId)
            .Where(w => query.Kind == null || w.Kind == query.Kind)
            .Where(w => query.Status == null || w.Status == query.Status)
            .Where(w => query.IdNumberHash == null || w.IdNumberHash == query.IdNumberHash);
        if (query.GridId is { } gridId) q = q.Where(w => w.Grids.Any(g => g.GridId == gridId));
        if (!string.IsNullOrWhiteSpace(query.Filter)) q = q.Where(w => w.Name.Contains(query.Filter));
        return q;
    }

    public Task<Worker?> FindByIdNumberHashAsync(Guid streetId, string idNumberHash, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).IgnoreAutoIncludes()
            .FirstOrDefaultAsync(w => w.StreetId == streetId && w.IdNumberHash == idNumberHash, ct);

    public Task<bool> IsEmployedAnywhereAsync(string idNumberHash, Guid? exceptWorkerId, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).IgnoreAutoIncludes()
            .AnyAsync(w => w.IdNumberHash == idNumberHash && w.Status != WorkerStatus.Exited && w.Id != exceptWorkerId, ct);

    public Task<int> CountFullTimeOnGridAsync(Guid gridId, Guid? exceptWorkerId, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).IgnoreAutoIncludes()
            .CountAsync(w => w.Kind == WorkerKind.FullTimeGridWorker && w.Status != WorkerStatus.Exited && w.Id != exceptWorkerId
                && w.Grids.Any(g => g.GridId == gridId), ct);

    public async Task<IReadOnlyDictionary<string, Guid>> FindIdNumberHashesAsync(Guid streetId, IReadOnlyCollection<string> hashes, CancellationToken ct = default)
    {
        var found = new Dictionary<string, Guid>();
        foreach (var chunk in hashes.Distinct().Chunk(500))
        {
            var rows = await Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).IgnoreAutoIncludes().AsNoTracking()
                .Where(w => w.StreetId == streetId && chunk.Contains(w.IdNumberHash))
                .Select(w => new { w.IdNumberHash, w.Id }).ToListAsync(ct);
            foreach (var row in rows) found[row.IdNumberHash] = row.Id;
        }
        return found;
    }

    public async Task<IReadOnlySet<string>> FindEmployedIdNumberHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken ct = default)
    {
        var found = new HashSet<string>();
        foreach (var chunk in hashes.Distinct().Chunk(500))
        {
            found.UnionWith(await Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).IgnoreAutoIncludes().AsNoTracking()
                .Where(w => w.Status != WorkerStatus.Exited && chunk.Contains(w.IdNumberHash)).Select(w => w.IdNumberHash).ToListAsync(ct));
        }
        return found;
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CountFullTimeByGridAsync(IReadOnlyCollection<Guid> gridIds, CancellationToken ct = default)
    {
        var counts = new Dictionary<Guid, int>();
        foreach (var chunk in gridIds.Distinct().Chunk(500))
        {
            var rows = await Db.Set<WorkerGridAssignment>()
                .Where(a => chunk.Contains(a.GridId))
                .Join(Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).IgnoreAutoIncludes()
                        .Where(w => w.Kind == WorkerKind.FullTimeGridWorker && w.Status != WorkerStatus.Exited),
                    a => a.WorkerId, w => w.Id, (a, w) => a.GridId)
                .GroupBy(g => g).Select(g => new { GridId = g.Key, Count = g.Count() }).ToListAsync(ct);
            foreach (var row in rows) counts[row.GridId] = row.Count;
        }
        return counts;
    }
}

public class PostRepository(GridStaffDbContext db) : EfRepository<Post>(db), IPostRepository
{
    public async Task<IReadOnlyList<Post>> GetForStreetAsync(Guid? streetId, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(p => p.StreetId == null || p.StreetId == streetId)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Code).ToListAsync(ct);

    public Task<bool> AnyAsync(CancellationToken ct = default) => Set.IgnoreQueryFilters().AnyAsync(ct);
}
