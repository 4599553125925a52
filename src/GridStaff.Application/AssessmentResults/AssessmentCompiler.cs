namespace GridStaff.AssessmentResults;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.ScoreSheets;
using GridStaff.WorkData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Compiles a cycle's results from the database in batches (each batch its own scope and
/// transaction, so memory stays flat for a city): compute every enrolled worker, upsert their
/// result through the set-based <see cref="IAssessmentResultWriter"/>, report progress; then apply
/// the quota and ranks over the light summaries of all results.
/// Rerunning, or running again after a crash half-way, gives the same results and no duplicates.
/// </summary>
public class AssessmentCompiler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AssessmentCompiler> logger)
{
    public const int DefaultBatchSize = 500;

    public async Task<bool> CompileAsync(Guid cycleId, int batchSize = DefaultBatchSize, CancellationToken ct = default)
    {
        EvaluationCycle cycle;
        TemplateDefinition template;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            cycle = await sp.GetRequiredService<IEvaluationCycleRepository>().GetAsync(cycleId, ct);
            if (cycle.Status is not (EvaluationCycleStatus.Closed or EvaluationCycleStatus.Compiled))
            {
                logger.LogInformation("Cycle {CycleId} is {Status}; nothing to compile.", cycleId, cycle.Status);
                return false;
            }
            template = (await sp.GetRequiredService<IAssessmentTemplateRepository>().GetAsync(cycle.TemplateId, ct)).Definition;
            cycle.StartCompile(await sp.GetRequiredService<IEnrolmentRepository>().CountAsync(cycleId, ct));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
        }

        var (after, done, created, recomputed) = (0, 0, 0, 0);
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var batch = await sp.GetRequiredService<IEnrolmentRepository>().GetBatchAsync(cycleId, after, batchSize, ct);
            if (batch.Count == 0) break;
            var (newResults, updatedResults) = await ComputeBatchAsync(sp, cycle, template, batch, ct);
            var computed = watch.ElapsedMilliseconds;
            await sp.GetRequiredService<IAssessmentResultWriter>().WriteComputedAsync(newResults, updatedResults, ct);
            (after, done, created, recomputed) = (batch[^1].Ordinal, done + batch.Count, created + newResults.Count, recomputed + updatedResults.Count);
            var tracked = await sp.GetRequiredService<IEvaluationCycleRepository>().GetAsync(cycleId, ct);
            tracked.ReportCompileProgress(done);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
            logger.LogDebug("Cycle {CycleId}: {Done}/{Total} compiled (read and compute {Computed} ms, write {Written} ms).",
                cycleId, done, cycle.CompileTotal, computed, watch.ElapsedMilliseconds - computed);
        }

        // The quota and ranks need every total of the street: over light summaries, written in one pass.
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var summaries = await sp.GetRequiredService<IAssessmentResultRepository>().GetSummariesAsync(cycleId, ct);
            var outcomes = QuotaAllocator.Apply(template, summaries.Select(s => s.ToCandidate()).ToList());
            var writer = sp.GetRequiredService<IAssessmentResultWriter>();
            await writer.WriteOutcomesAsync(cycleId, outcomes, ct);
            await writer.AuditCompileAsync(cycleId, created, recomputed, ct);
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var tracked = await sp.GetRequiredService<IEvaluationCycleRepository>().GetAsync(cycleId, ct);
            tracked.MarkCompiled(clock.GetUtcNow().UtcDateTime);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
        }
        logger.LogInformation("Cycle {CycleId} compiled: {Count} workers.", cycleId, done);
        return true;
    }

    /// <summary>
    /// Recomputes one worker (after an appeal's re-score) and re-applies the quota, in the caller's
    /// scope and unit of work (the caller saves). Returns the worker's updated result.
    /// </summary>
    /// <param name="replaced">A sheet superseded in this unit of work (not saved yet): its scores are left out.</param>
    /// <param name="replacement">Its new version (not saved yet): its scores count instead.</param>
    public async Task<AssessmentResult> RecompileWorkerAsync(IServiceProvider sp, EvaluationCycle cycle, Guid workerId,
        ScoreSheet? replaced = null, ScoreSheet? replacement = null, CancellationToken ct = default)
    {
        var template = (await sp.GetRequiredService<IAssessmentTemplateRepository>().GetAsync(cycle.TemplateId, ct)).Definition;
        var enrolment = await sp.GetRequiredService<IEnrolmentRepository>().FindAsync(cycle.Id, workerId, ct)
            ?? throw new EntityNotFoundException(typeof(Enrolment), workerId);
        var results = sp.GetRequiredService<IAssessmentResultRepository>();
        var computation = (await ComputeAsync(sp, cycle, template, [enrolment], ct, scores =>
        [
            .. scores.Where(x => x.SheetId != replaced?.Id),
            .. replacement?.Scores.Select(x => new SubmittedScore(replacement.WorkerId, replacement.Id, replacement.Group, x.IndicatorCode, x.Score)) ?? [],
        ]))[0].Computation;
        // One worker: the tracked entity, so the change is audited with the appeal that caused it.
        var result = (await results.GetByWorkersAsync(cycle.Id, [workerId], ct)).SingleOrDefault();
        if (result is null)
        {
            result = new AssessmentResult(Guid.CreateVersion7(), cycle.Id, enrolment.StreetId, enrolment.CommunityId, workerId, enrolment.HireDate);
            await results.InsertAsync(result, ct);
        }
        result.SetComputation(computation, clock.GetUtcNow().UtcDateTime);
        var summaries = (await results.GetSummariesAsync(cycle.Id, ct)).Select(s => s.WorkerId == workerId ? result.ToCandidate() : s.ToCandidate()).ToList();
        var outcomes = QuotaAllocator.Apply(template, summaries);
        // One street's results: grades and ranks of the others may move with this worker's new total.
        await ApplyOutcomesAsync(sp, cycle.Id, outcomes, DefaultBatchSize, ct);
        return result;
    }

    /// <summary>A batch's results, computed: new ones to insert and existing ones (not tracked) to overwrite.</summary>
    private async Task<(List<AssessmentResult> Created, List<AssessmentResult> Recomputed)> ComputeBatchAsync(IServiceProvider sp,
        EvaluationCycle cycle, TemplateDefinition template, IReadOnlyList<Enrolment> batch, CancellationToken ct)
    {
        var computations = await ComputeAsync(sp, cycle, template, batch, ct);
        var existing = (await sp.GetRequiredService<IAssessmentResultRepository>()
            .GetByOrdinalsAsync(cycle.Id, batch[0].Ordinal - 1, batch[^1].Ordinal, ct)).ToDictionary(r => r.WorkerId);
        var now = clock.GetUtcNow().UtcDateTime;
        var (created, recomputed) = (new List<AssessmentResult>(), new List<AssessmentResult>());
        foreach (var (e, computation) in computations)
        {
            if (!existing.TryGetValue(e.WorkerId, out var result))
            {
                result = new AssessmentResult(Guid.CreateVersion7(), cycle.Id, e.StreetId, e.CommunityId, e.WorkerId, e.HireDate);
                created.Add(result);
            }
            else recomputed.Add(result);
            result.SetComputation(computation, now);
        }
        return (created, recomputed);
    }

    private async Task<IReadOnlyList<(Enrolment Enrolment, ScoreComputation Computation)>> ComputeAsync(IServiceProvider sp, EvaluationCycle cycle,
        TemplateDefinition template, IReadOnlyList<Enrolment> batch, CancellationToken ct, Func<IReadOnlyList<SubmittedScore>, IReadOnlyList<SubmittedScore>>? adjust = null)
    {
        // A whole batch is read by its ordinal range (a join, not a list of ids); one worker by id.
        var ids = batch.Select(e => e.WorkerId).ToList();
        var (after, upTo) = (batch[0].Ordinal - 1, batch[^1].Ordinal);
        var sheetRepository = sp.GetRequiredService<IScoreSheetRepository>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var scores = batch.Count == 1
            ? await sheetRepository.GetSubmittedScoresAsync(cycle.Id, ids, ct)
            : await sheetRepository.GetSubmittedScoresAsync(cycle.Id, after, upTo, ct);
        if (adjust is not null) scores = adjust(scores);
        var data = await sp.GetRequiredService<IWorkDataRepository>().GetForPeriodAsync(cycle.StreetId, cycle.PeriodStart, cycle.PeriodEnd, ids, ct);
        var results = sp.GetRequiredService<IAssessmentResultRepository>();
        var components = new Dictionary<Guid, Dictionary<Guid, decimal>>();
        foreach (var component in cycle.Components)
            components[component.CycleId] = (await results.GetByWorkersAsync(component.CycleId, ids, ct)).ToDictionary(r => r.WorkerId, r => r.Total);

        var read = watch.ElapsedMilliseconds;
        var scoresByWorker = scores.ToLookup(s => s.WorkerId);
        var dataByWorker = data.ToLookup(d => d.WorkerId);
        var output = new List<(Enrolment, ScoreComputation)>(batch.Count);
        foreach (var e in batch)
        {
            var sheets = scoresByWorker[e.WorkerId].GroupBy(s => s.SheetId)
                .Select(g => new SheetScores(g.First().Group, g.ToDictionary(s => s.IndicatorCode, s => s.Score, StringComparer.OrdinalIgnoreCase)))
                .ToList();
            var workData = dataByWorker[e.WorkerId].ToDictionary(d => d.IndicatorCode, d => d.Value, StringComparer.OrdinalIgnoreCase);
            var computation = AssessmentCalculator.Compute(template, new WorkerScoreInput(e.WorkerId, sheets, workData));
            if (cycle.Components.Count > 0) computation = Combine(template, cycle, computation, components, e.WorkerId);
            output.Add((e, computation));
        }
        logger.LogDebug("Read {Scores} scores in {Read} ms, computed {Workers} workers in {Compute} ms.", scores.Count, read, batch.Count, watch.ElapsedMilliseconds - read);
        return output;
    }

    /// <summary>Annual: own total × own weight + each earlier cycle's total × its weight; a missing earlier result leaves its weight to this cycle.</summary>
    private static ScoreComputation Combine(TemplateDefinition template, EvaluationCycle cycle, ScoreComputation own,
        Dictionary<Guid, Dictionary<Guid, decimal>> components, Guid workerId)
    {
        decimal total = 0, ownWeight = cycle.OwnWeight;
        var parts = new List<ComponentBreakdown>();
        foreach (var c in cycle.Components)
        {
            if (components[c.CycleId].TryGetValue(workerId, out var t)) { total += t * c.Weight / 100; parts.Add(new ComponentBreakdown(c.CycleId, c.Weight, t)); }
            else { ownWeight += c.Weight; parts.Add(new ComponentBreakdown(c.CycleId, c.Weight, null)); }
        }
        parts.Insert(0, new ComponentBreakdown(cycle.Id, ownWeight, own.Total));
        total = AssessmentCalculator.Round(total + own.Total * ownWeight / 100);
        return own with
        {
            Total = total, Grade = AssessmentCalculator.GradeOf(template, total),
            GroupMissing = own.GroupMissing || parts.Any(p => p.Total is null),
            Breakdown = own.Breakdown with { Components = parts },
        };
    }

    /// <summary>Applies the outcomes to the tracked results (the caller saves, in its unit of work).</summary>
    private static async Task ApplyOutcomesAsync(IServiceProvider sp, Guid cycleId, IReadOnlyList<QuotaOutcome> outcomes, int batchSize, CancellationToken ct)
    {
        var results = sp.GetRequiredService<IAssessmentResultRepository>();
        foreach (var chunk in outcomes.Chunk(batchSize))
        {
            var byWorker = chunk.ToDictionary(o => o.WorkerId);
            foreach (var result in await results.GetByWorkersAsync(cycleId, byWorker.Keys, ct)) result.ApplyQuota(byWorker[result.WorkerId]);
        }
    }
}

/// <summary>The Hangfire job that compiles one cycle. Idempotent: see <see cref="AssessmentCompiler"/>.</summary>
public class CompileCycleJob(AssessmentCompiler compiler)
{
    public Task ExecuteAsync(Guid cycleId, CancellationToken ct = default) => compiler.CompileAsync(cycleId, AssessmentCompiler.DefaultBatchSize, ct);
}
