namespace GridStaff.Assessments;

using GridStaff.Appeals;
using GridStaff.AssessmentResults;
using GridStaff.AssessmentTemplates;
using GridStaff.EntityFrameworkCore;
using GridStaff.EvaluationCycles;
using GridStaff.Notifications;
using GridStaff.ScoreSheets;
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

public class EvaluationCycleRepository(GridStaffDbContext db) : EfRepository<EvaluationCycle>(db), IEvaluationCycleRepository
{
    private static readonly SortKeys<EvaluationCycle> Sort = new("periodStart", new()
    {
        ["periodStart"] = c => c.PeriodStart, ["name"] = c => c.Name, ["status"] = c => c.Status, ["opensAt"] = c => c.OpensAt,
    });

    public Task<PagedList<EvaluationCycle>> GetListAsync(EvaluationCycleQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(c => query.StreetId == null || c.StreetId == query.StreetId)
            .Where(c => query.Status == null || c.Status == query.Status)
            .Where(c => query.PeriodKind == null || c.PeriodKind == query.PeriodKind);
        return PageAsync(q, query, Sort, ct);
    }

    public async Task<IReadOnlyList<EvaluationCycle>> GetActiveAsync(CancellationToken ct = default) =>
        await Set.Where(c => c.Status != EvaluationCycleStatus.Finalized && c.Status != EvaluationCycleStatus.Cancelled)
            .OrderBy(c => c.Id).ToListAsync(ct);

    public Task SetCompileProgressAsync(Guid cycleId, int done, CancellationToken ct = default) =>
        Set.Where(c => c.Id == cycleId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.CompileDone, c => done < c.CompileTotal ? done : c.CompileTotal), ct);
}

public class EnrolmentRepository(GridStaffDbContext db) : EfRepository<Enrolment>(db), IEnrolmentRepository
{
    public Task<bool> AnyAsync(Guid cycleId, CancellationToken ct = default) => Set.AnyAsync(e => e.CycleId == cycleId, ct);

    public Task<int> CountAsync(Guid cycleId, CancellationToken ct = default) => Set.CountAsync(e => e.CycleId == cycleId, ct);

    public async Task<IReadOnlyList<Enrolment>> GetBatchAsync(Guid cycleId, int afterOrdinal, int take, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(e => e.CycleId == cycleId && e.Ordinal > afterOrdinal).OrderBy(e => e.Ordinal).Take(take).ToListAsync(ct);

    public Task<Enrolment?> FindAsync(Guid cycleId, Guid workerId, CancellationToken ct = default) =>
        Set.AsNoTracking().FirstOrDefaultAsync(e => e.CycleId == cycleId && e.WorkerId == workerId, ct);
}

public class ScoreSheetRepository(GridStaffDbContext db) : EfRepository<ScoreSheet>(db), IScoreSheetRepository
{
    private static readonly SortKeys<ScoreSheet> Sort = new("workerId", new()
    {
        ["workerId"] = s => s.WorkerId, ["status"] = s => s.Status, ["group"] = s => s.Group,
    });

    public Task<bool> AnyAsync(Guid cycleId, CancellationToken ct = default) => Set.AnyAsync(s => s.CycleId == cycleId, ct);

    public Task InsertManyAsync(IEnumerable<ScoreSheet> sheets, CancellationToken ct = default) => Set.AddRangeAsync(sheets, ct);

    public Task<PagedList<ScoreSheet>> GetListAsync(ScoreSheetQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(s => s.Status != ScoreSheetStatus.Superseded)
            .Where(s => query.CycleId == null || s.CycleId == query.CycleId)
            .Where(s => query.Group == null || s.Group == query.Group)
            .Where(s => query.RaterWorkerId == null || s.RaterWorkerId == query.RaterWorkerId)
            .Where(s => query.Status == null || s.Status == query.Status);
        return PageAsync(q, query, Sort, ct);
    }

    public async Task<IReadOnlyList<SubmittedScore>> GetSubmittedScoresAsync(Guid cycleId, IReadOnlyCollection<Guid> workerIds, CancellationToken ct = default) =>
        (await Set.AsNoTracking()
            .Where(s => s.CycleId == cycleId && s.Status == ScoreSheetStatus.Submitted && workerIds.Contains(s.WorkerId))
            .ToListAsync(ct))
            .SelectMany(s => s.Scores.Select(x => new SubmittedScore(s.WorkerId, s.Id, s.Group, x.IndicatorCode, x.Score)))
            .ToList();

    public Task<IReadOnlyList<SubmittedSheet>> GetSubmittedSheetsAsync(Guid cycleId, int afterOrdinal, int upToOrdinal, CancellationToken ct = default) =>
        SubmittedSheetReader.ReadAsync(Db, cycleId, afterOrdinal, upToOrdinal, ct);

    public async Task<IReadOnlyList<ScoreSheet>> GetUnsubmittedAsync(Guid cycleId, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(s => s.CycleId == cycleId && s.Status == ScoreSheetStatus.Draft).ToListAsync(ct);

    public async Task<IReadOnlyList<ScoreSheet>> GetForWorkerAsync(Guid cycleId, Guid workerId, CancellationToken ct = default) =>
        await Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter])
            .Where(s => s.CycleId == cycleId && s.WorkerId == workerId).OrderBy(s => s.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<SheetProgress>> GetProgressAsync(Guid cycleId, CancellationToken ct = default) =>
        await Set.AsNoTracking()
            .Where(s => s.CycleId == cycleId && s.Status != ScoreSheetStatus.Superseded)
            .GroupBy(s => new { s.CommunityId, s.Group })
            .Select(g => new SheetProgress(g.Key.CommunityId, g.Key.Group, g.Count(), g.Count(s => s.Status == ScoreSheetStatus.Submitted)))
            .ToListAsync(ct);
}

public class AssessmentResultRepository(GridStaffDbContext db) : EfRepository<AssessmentResult>(db), IAssessmentResultRepository
{
    private static readonly SortKeys<AssessmentResult> Sort = new("rankInStreet", new()
    {
        ["rankInStreet"] = r => r.RankInStreet, ["rankInCommunity"] = r => r.RankInCommunity, ["total"] = r => r.TotalForSorting,
        ["workerId"] = r => r.WorkerId,
    });

    public async Task<IReadOnlyList<AssessmentResult>> GetByWorkersAsync(Guid cycleId, IReadOnlyCollection<Guid> workerIds, CancellationToken ct = default) =>
        await Set.Where(r => r.CycleId == cycleId && workerIds.Contains(r.WorkerId)).ToListAsync(ct);

    public Task<bool> AnyAsync(Guid cycleId, CancellationToken ct = default) => Set.AnyAsync(r => r.CycleId == cycleId, ct);

    public async Task<IReadOnlyList<AssessmentResult>> GetByOrdinalsAsync(Guid cycleId, int afterOrdinal, int upToOrdinal, CancellationToken ct = default) =>
        await (from r in Set.AsNoTracking()
               join e in Db.Set<Enrolment>() on new { r.CycleId, r.WorkerId } equals new { e.CycleId, e.WorkerId }
               where r.CycleId == cycleId && e.Ordinal > afterOrdinal && e.Ordinal <= upToOrdinal
               select r).ToListAsync(ct);

    public async Task<IReadOnlyList<ResultSummary>> GetSummariesAsync(Guid cycleId, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(r => r.CycleId == cycleId).OrderBy(r => r.WorkerId)
            .Select(r => new ResultSummary(r.Id, r.WorkerId, r.CommunityId, r.Total, r.ComputedGrade, r.QuotaGrade, r.CalibratedGrade, r.DirectorScore, r.HireDate, r.PoolKey))
            .ToListAsync(ct);

    public Task<int> CountAsync(Guid cycleId, CancellationToken ct = default) => Set.CountAsync(r => r.CycleId == cycleId, ct);

    public Task<PagedList<AssessmentResult>> GetListAsync(AssessmentResultQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking().Where(r => r.CycleId == query.CycleId)
            .Where(r => query.CommunityId == null || r.CommunityId == query.CommunityId)
            .Where(r => query.Grade == null || (r.CalibratedGrade ?? r.QuotaGrade) == query.Grade);
        return PageAsync(q, query, Sort, ct);
    }

    public Task<AssessmentResult?> FindAsync(Guid cycleId, Guid workerId, CancellationToken ct = default) =>
        Set.FirstOrDefaultAsync(r => r.CycleId == cycleId && r.WorkerId == workerId, ct);

    public async Task<IReadOnlyList<AssessmentResult>> GetForWorkerAsync(Guid workerId, IReadOnlyCollection<Guid> cycleIds, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(r => r.WorkerId == workerId && cycleIds.Contains(r.CycleId)).ToListAsync(ct);
}

public class AppealRepository(GridStaffDbContext db) : EfRepository<Appeal>(db), IAppealRepository
{
    private static readonly SortKeys<Appeal> Sort = new("filedAt", new()
    {
        ["filedAt"] = a => a.FiledAt, ["status"] = a => a.Status, ["answerDueAt"] = a => a.AnswerDueAt,
    });

    public Task<bool> ExistsAsync(Guid cycleId, Guid workerId, CancellationToken ct = default) =>
        Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).AnyAsync(a => a.CycleId == cycleId && a.WorkerId == workerId, ct);

    public Task<PagedList<Appeal>> GetListAsync(AppealQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(a => query.CycleId == null || a.CycleId == query.CycleId)
            .Where(a => query.Status == null || a.Status == query.Status);
        return PageAsync(q, query, Sort, ct);
    }

    public async Task<IReadOnlyList<Appeal>> GetOpenAsync(CancellationToken ct = default) =>
        await Set.Where(a => a.Status == AppealStatus.Filed).ToListAsync(ct);
}

public class NotificationRepository(GridStaffDbContext db) : EfRepository<Notification>(db), INotificationRepository
{
    private static readonly SortKeys<Notification> Sort = new("createdAt", new() { ["createdAt"] = n => n.CreatedAt });

    public async Task<HashSet<string>> GetExistingKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        var found = new HashSet<string>();
        foreach (var chunk in keys.Distinct().Chunk(500))
        {
            found.UnionWith(await Set.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter])
                .Where(n => chunk.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(ct));
        }
        return found;
    }

    public Task<PagedList<Notification>> GetForRecipientAsync(Guid? workerId, IReadOnlyCollection<string> roles, Guid? streetId, Guid? communityId,
        bool unreadOnly, PageRequest page, CancellationToken ct = default)
    {
        var roleList = roles.ToList();
        var q = Set.AsNoTracking().Where(n =>
            (workerId != null && n.WorkerId == workerId)
            || (n.WorkerId == null && n.Role != null && roleList.Contains(n.Role) && n.StreetId == streetId
                && (n.CommunityId == null || n.CommunityId == communityId)));
        if (unreadOnly) q = q.Where(n => n.ReadAt == null);
        return PageAsync(q, page with { Sorting = "createdAt desc" }, Sort, ct);
    }
}
