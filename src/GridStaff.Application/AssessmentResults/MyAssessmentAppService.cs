namespace GridStaff.AssessmentResults;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.ScoreSheets;
using GridStaff.Users;

/// <summary>
/// A worker's own published results (DOMAIN.md §6–7): total, grade, group scores, indicator breakdown,
/// comments without who wrote them, and the trend. No ranks, nobody else's results.
/// </summary>
public class MyAssessmentAppService(
    IEvaluationCycleRepository cycles, IAssessmentResultRepository results, IAssessmentTemplateRepository templates,
    IScoreSheetRepository sheets, ICurrentUser currentUser) : IMyAssessmentAppService
{
    public async Task<IReadOnlyList<MyResultSummaryDto>> GetResultsAsync(CancellationToken ct = default)
    {
        var (workerId, published) = await PublishedAsync(ct);
        var mine = await results.GetForWorkerAsync(workerId, published.Keys, ct);
        return mine.Select(r => new MyResultSummaryDto(r.CycleId, published[r.CycleId].Name, published[r.CycleId].PeriodEnd, r.Total, r.Grade))
            .OrderByDescending(r => r.PeriodEnd).ToList();
    }

    public async Task<MyAssessmentResultDto> GetResultAsync(Guid cycleId, CancellationToken ct = default)
    {
        var (workerId, published) = await PublishedAsync(ct);
        if (!published.TryGetValue(cycleId, out var cycle)) throw new EntityNotFoundException(typeof(AssessmentResult), cycleId);
        var result = await results.FindAsync(cycleId, workerId, ct) ?? throw new EntityNotFoundException(typeof(AssessmentResult), cycleId);
        var template = (await templates.GetAsync(cycle.TemplateId, ct)).Definition;

        // Peers stay anonymous: comments carry the group only, in a fixed order that says nothing of who wrote them.
        var comments = (await sheets.GetForWorkerAsync(cycleId, workerId, ct))
            .Where(s => s.Status == ScoreSheetStatus.Submitted)
            .SelectMany(s => s.Scores.Where(x => x.Comment is not null).Select(x => new RaterCommentDto(s.Group, x.IndicatorCode, x.Comment!)))
            .OrderBy(c => c.Group).ThenBy(c => c.IndicatorCode).ThenBy(c => c.Comment, StringComparer.Ordinal).ToList();
        var trend = (await results.GetForWorkerAsync(workerId, published.Keys, ct))
            .Select(r => new TrendPointDto(r.CycleId, published[r.CycleId].Name, published[r.CycleId].PeriodEnd, r.Total, r.Grade))
            .OrderBy(t => t.PeriodEnd).ToList();
        var b = result.Breakdown;
        return new MyAssessmentResultDto(cycle.Id, cycle.Name, cycle.PeriodKind, cycle.PeriodStart, cycle.PeriodEnd, result.Total, result.Grade,
            template.GradeBands.FirstOrDefault(x => x.Grade == result.Grade)?.Label ?? result.Grade.ToString(),
            b.Groups, b.Indicators, b.DataFedPoints, b.BonusPoints, b.DeductionPoints, comments, trend, cycle.AppealWindowEndsAt,
            // Workers cannot read templates: the names of the indicators come with the result.
            template.Indicators.ToDictionary(i => i.Code, i => i.Name, StringComparer.OrdinalIgnoreCase));
    }

    public async Task<AssessmentConsequencesDto> GetConsequencesAsync(int year, CancellationToken ct = default) =>
        await Consequences.ForAsync(cycles, results, templates, WorkerId(), year, ct);

    private Guid WorkerId() => currentUser.Scope.WorkerId ?? throw new EntityNotFoundException(typeof(AssessmentResult), currentUser.Id);

    private async Task<(Guid WorkerId, Dictionary<Guid, EvaluationCycle> Published)> PublishedAsync(CancellationToken ct)
    {
        var workerId = WorkerId();
        var published = new Dictionary<Guid, EvaluationCycle>();
        foreach (var status in new[] { EvaluationCycleStatus.Published, EvaluationCycleStatus.Finalized })
            foreach (var c in (await cycles.GetListAsync(new EvaluationCycleQuery(Status: status) { Take = 1000 }, ct)).Items) published[c.Id] = c;
        return (workerId, published);
    }
}
