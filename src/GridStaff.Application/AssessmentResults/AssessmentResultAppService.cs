namespace GridStaff.AssessmentResults;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.Permissions;
using GridStaff.Users;

/// <summary>
/// Results for street HR (with ranks, distribution and calibration) and directors (their community,
/// no ranks). Data scope comes from the DbContext filters: another street's or community's result is 404.
/// </summary>
public class AssessmentResultAppService(
    IAssessmentResultRepository results, IEvaluationCycleRepository cycles, IAssessmentTemplateRepository templates,
    IEnrolmentRepository enrolments, ICurrentUser currentUser, IUnitOfWork uow) : IAssessmentResultAppService
{
    public async Task<PagedResultDto<AssessmentResultDto>> GetListAsync(GetAssessmentResultListDto input, CancellationToken ct = default)
    {
        await cycles.GetAsync(input.CycleId!.Value, ct);
        var page = await results.GetListAsync(new AssessmentResultQuery(input.CycleId.Value, input.CommunityId, input.Grade)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount,
            // Without the rankings permission the order must not reveal them either.
            Sorting = currentUser.HasPermission(GridStaffPermissions.AssessmentResults.Rankings) ? input.Sorting : "workerId",
        }, ct);
        var items = new List<AssessmentResultDto>();
        foreach (var r in page.Items) items.Add(await ToDtoAsync(r, ct));
        return new PagedResultDto<AssessmentResultDto>(items, page.TotalCount);
    }

    public async Task<AssessmentResultDto> GetAsync(Guid id, CancellationToken ct = default) => await ToDtoAsync(await results.GetAsync(id, ct), ct);

    public async Task<GradeDistributionDto> GetDistributionAsync(Guid cycleId, CancellationToken ct = default)
    {
        var cycle = await cycles.GetAsync(cycleId, ct);
        var template = (await templates.GetAsync(cycle.TemplateId, ct)).Definition;
        var summaries = await results.GetSummariesAsync(cycleId, ct);
        var communities = summaries.GroupBy(s => s.CommunityId).Select(g => new CommunityDistributionDto(g.Key, g.Count(),
            Enum.GetValues<Grade>().ToDictionary(grade => grade, grade => g.Count(s => s.Grade == grade)))).ToList();
        var pools = summaries.GroupBy(s => s.PoolKey).Select(g => new QuotaPoolDto(g.Key, g.Count(),
            QuotaAllocator.QuotaFor(template.Quota, g.Count()),
            QuotaAllocator.QuotaFor(template.Quota with { CapPercent = template.Quota.TargetPercent }, g.Count()),
            g.Count(s => s.Grade == Grade.Excellent))).ToList();
        return new GradeDistributionDto(cycleId, communities, pools);
    }

    public async Task<AssessmentResultDto> CalibrateAsync(Guid id, CalibrateResultDto input, CancellationToken ct = default)
    {
        var result = await results.GetAsync(id, ct);
        var cycle = await cycles.GetAsync(result.CycleId, ct);
        if (!cycle.CanCalibrate)
            throw new BusinessException(AssessmentErrorCodes.NotCalibratable, $"Grades can be calibrated only after compilation and before publication (the cycle is {cycle.Status}).");
        var template = (await templates.GetAsync(cycle.TemplateId, ct)).Definition;
        if (!template.GradeBands.Any(b => b.Grade == input.Grade))
            throw new BusinessException(AssessmentErrorCodes.NotCalibratable, "The template has no such grade.") { Field = "grade" };

        result.Calibrate(input.Grade, input.Reason, currentUser.Id);
        if (result.Grade == Grade.Excellent)
        {
            var pool = (await results.GetSummariesAsync(cycle.Id, ct)).Where(s => s.PoolKey == result.PoolKey).ToList();
            var excellent = pool.Count(s => s.WorkerId != result.WorkerId && s.Grade == Grade.Excellent) + 1;
            var cap = QuotaAllocator.QuotaFor(template.Quota, pool.Count);
            if (excellent > cap)
                throw new BusinessException(AssessmentErrorCodes.QuotaExceeded,
                    $"The quota allows {cap} excellent of {pool.Count}; move another worker down first.") { Field = "grade" };
        }
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(result, ct);
    }

    public async Task<AssessmentConsequencesDto> GetConsequencesAsync(Guid workerId, int year, CancellationToken ct = default) =>
        await Consequences.ForAsync(cycles, results, templates, workerId, year, ct);

    private async Task<AssessmentResultDto> ToDtoAsync(AssessmentResult r, CancellationToken ct)
    {
        var ranks = currentUser.HasPermission(GridStaffPermissions.AssessmentResults.Rankings);
        var name = (await enrolments.FindAsync(r.CycleId, r.WorkerId, ct))?.WorkerName;
        return new AssessmentResultDto(r.Id, r.CycleId, r.CommunityId, r.WorkerId, name, r.Total, r.ComputedGrade, r.QuotaGrade, r.CalibratedGrade, r.Grade,
            r.CalibrationReason, r.GroupMissing, r.QuotaDowngraded, r.TieForHr, ranks ? r.RankInCommunity : null, ranks ? r.RankInStreet : null, r.Breakdown);
    }
}

/// <summary>What pay and promotion read: the finalized annual result of a year and the run of unqualified years before it.</summary>
internal static class Consequences
{
    public static async Task<AssessmentConsequencesDto> ForAsync(IEvaluationCycleRepository cycles, IAssessmentResultRepository results,
        IAssessmentTemplateRepository templates, Guid workerId, int year, CancellationToken ct)
    {
        var annual = (await cycles.GetListAsync(new EvaluationCycleQuery(Status: EvaluationCycleStatus.Finalized, PeriodKind: PeriodKind.Annual)
        {
            Take = 1000,
        }, ct)).Items.Where(c => c.PeriodEnd.Year <= year).ToList();
        var mine = (await results.GetForWorkerAsync(workerId, annual.Select(c => c.Id).ToList(), ct)).ToDictionary(r => r.CycleId);
        var byYear = annual.Where(c => mine.ContainsKey(c.Id)).GroupBy(c => c.PeriodEnd.Year)
            .ToDictionary(g => g.Key, g => (Cycle: g.OrderByDescending(c => c.PeriodEnd).First(), Result: mine[g.OrderByDescending(c => c.PeriodEnd).First().Id]));

        if (!byYear.TryGetValue(year, out var current))
            return new AssessmentConsequencesDto(workerId, year, false, null, null, false, 0, 0);

        var streak = 0;
        for (var y = year; byYear.TryGetValue(y, out var r) && r.Result.Grade == Grade.Unqualified; y--) streak++;
        var template = (await templates.GetAsync(current.Cycle.TemplateId, ct)).Definition;
        var coefficient = template.GradeBands.FirstOrDefault(b => b.Grade == current.Result.Grade)?.PerformanceCoefficient ?? 0;
        return new AssessmentConsequencesDto(workerId, year, true, current.Result.Grade, current.Result.Total,
            current.Result.Grade is Grade.Excellent or Grade.Qualified, coefficient, streak);
    }
}
