namespace GridStaff.Assessments;

using GridStaff.AssessmentTemplates;
using GridStaff.EntityFrameworkCore;
using GridStaff.WorkData;
using Microsoft.EntityFrameworkCore;

public class AssessmentTemplateRepository(GridStaffDbContext db) : EfRepository<AssessmentTemplate>(db), IAssessmentTemplateRepository
{
    private static readonly SortKeys<AssessmentTemplate> Sort = new("code", new()
    {
        ["code"] = t => t.Code, ["name"] = t => t.Name, ["version"] = t => t.Version, ["creationTime"] = t => t.CreationTime,
    });

    public Task<PagedList<AssessmentTemplate>> GetListAsync(AssessmentTemplateQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(t => query.StreetId == null || t.StreetId == query.StreetId)
            .Where(t => query.Code == null || t.Code == query.Code);
        if (query.LatestOnly)
        {
            q = q.Where(t => !Set.Any(o => o.StreetId == t.StreetId && o.Code == t.Code && o.Version > t.Version));
        }
        return PageAsync(q, query, Sort, ct);
    }

    public async Task<int> GetLatestVersionAsync(Guid streetId, string code, CancellationToken ct = default) =>
        await Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter])
            .Where(t => t.StreetId == streetId && t.Code == code).MaxAsync(t => (int?)t.Version, ct) ?? 0;
}

public class WorkDataRepository(GridStaffDbContext db) : EfRepository<WorkDataRecord>(db), IWorkDataRepository
{
    public async Task<IReadOnlyList<WorkDataRecord>> GetForPeriodAsync(Guid streetId, DateOnly periodStart, DateOnly periodEnd,
        IReadOnlyCollection<Guid>? workerIds = null, CancellationToken ct = default)
    {
        var q = Set.Where(r => r.StreetId == streetId && r.PeriodStart == periodStart && r.PeriodEnd == periodEnd);
        if (workerIds is not null) q = q.Where(r => workerIds.Contains(r.WorkerId));
        return await q.ToListAsync(ct);
    }
}
