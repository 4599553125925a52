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
/// result, report progress; then apply the quota and ranks over the light summaries of all results.
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

        var (after, done) = (0, 0);
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var batch = await sp.GetRequiredService<IEnrolmentRepository>().GetBatchAsync(cycleId, after, batchSize, ct);
            if (batch.Count == 0) break;
            await ComputeBatchAsync(sp, cycle, template, batch, ct);
            var computed = watch.ElapsedMilliseconds;
            (after, done) = (batch[^1].Ordinal, done + batch.Count);
            var tracked = await sp.GetRequiredService<IEvaluationCycleRepository>().GetAsync(cycleId, ct);
            tracked.ReportCompileProgress(done);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
            logger.LogDebug("Cycle {CycleId}: {Done}/{Total} compiled (read and compute {Computed} ms, write {Written} ms).",
                cycleId, done, cycle.CompileTotal, computed, watch.ElapsedMilliseconds - computed);
        }

        Dictionary<Guid, QuotaOutcome> outcomes;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var summaries = await scope.ServiceProvider.GetRequiredService<IAssessmentResultRepository>().GetSummariesAsync(cycleId, ct);
            outcomes = QuotaAllocator.Apply(template, summaries.Select(s => s.ToCandidate()).ToList()).ToDictionary(o => o.WorkerId);
        }
        for (var from = 0; from < done; from += batchSize)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            foreach (var result in await sp.GetRequiredService<IAssessmentResultRepository>().GetByOrdinalsAsync(cycleId, from, from + batchSize, ct))
                result.ApplyQuota(outcomes[result.WorkerId]);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
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
        var result = await ComputeBatchAsync(sp, cycle, template, [enrolment], ct, scores =>
        [
            .. scores.Where(x => x.SheetId != replaced?.Id),
            .. replacement?.Scores.Select(x => new SubmittedScore(replacement.WorkerId, replacement.Id, replacement.Group, x.IndicatorCode, x.Score)) ?? [],
        ]);
        var summaries = (await results.GetSummariesAsync(cycle.Id, ct)).Select(s => s.WorkerId == workerId ? result[0].ToCandidate() : s.ToCandidate()).ToList();
        var outcomes = QuotaAllocator.Apply(template, summaries);
        // One street's results: grades and ranks of the others may move with this worker's new total.
        await ApplyOutcomesAsync(sp, cycle.Id, outcomes, DefaultBatchSize, ct, save: false);
        return result[0];
    }

    private async Task<IReadOnlyList<AssessmentResult>> ComputeBatchAsync(IServiceProvider sp, EvaluationCycle cycle, TemplateDefinition template,
        IReadOnlyList<Enrolment> batch, CancellationToken ct, Func<IReadOnlyList<SubmittedScore>, IReadOnlyList<SubmittedScore>>? adjust = null)
    {
        // A whole batch is read by its ordinal range (a join, not a list of ids); one worker by id.
        var ids = batch.Select(e => e.WorkerId).ToList();
        var (after, upTo) = (batch[0].Ordinal - 1, batch[^1].Ordinal);
        var sheetRepository = sp.GetRequiredService<IScoreSheetRepository>();
        var scores = batch.Count == 1
            ? await sheetRepository.GetSubmittedScoresAsync(cycle.Id, ids, ct)
            : await sheetRepository.GetSubmittedScoresAsync(cycle.Id, after, upTo, ct);
        if (adjust is not null) scores = adjust(scores);
        var data = await sp.GetRequiredService<IWorkDataRepository>().GetForPeriodAsync(cycle.StreetId, cycle.PeriodStart, cycle.PeriodEnd, ids, ct);
        var results = sp.GetRequiredService<IAssessmentResultRepository>();
        var existing = (batch.Count == 1 ? await results.GetByWorkersAsync(cycle.Id, ids, ct) : await results.GetByOrdinalsAsync(cycle.Id, after, upTo, ct))
            .ToDictionary(r => r.WorkerId);
        var components = new Dictionary<Guid, Dictionary<Guid, decimal>>();
        foreach (var component in cycle.Components)
            components[component.CycleId] = (await results.GetByWorkersAsync(component.CycleId, ids, ct)).ToDictionary(r => r.WorkerId, r => r.Total);

        var scoresByWorker = scores.ToLookup(s => s.WorkerId);
        var dataByWorker = data.ToLookup(d => d.WorkerId);
        var now = clock.GetUtcNow().UtcDateTime;
        var output = new List<AssessmentResult>(batch.Count);
        foreach (var e in batch)
        {
            var sheets = scoresByWorker[e.WorkerId].GroupBy(s => s.SheetId)
                .Select(g => new SheetScores(g.First().Group, g.ToDictionary(s => s.IndicatorCode, s => s.Score, StringComparer.OrdinalIgnoreCase)))
                .ToList();
            var workData = dataByWorker[e.WorkerId].ToDictionary(d => d.IndicatorCode, d => d.Value, StringComparer.OrdinalIgnoreCase);
            var computation = AssessmentCalculator.Compute(template, new WorkerScoreInput(e.WorkerId, sheets, workData));
            if (cycle.Components.Count > 0) computation = Combine(template, cycle, computation, components, e.WorkerId);

            if (!existing.TryGetValue(e.WorkerId, out var result))
            {
                result = new AssessmentResult(Guid.CreateVersion7(), cycle.Id, e.StreetId, e.CommunityId, e.WorkerId, e.HireDate);
                await results.InsertAsync(result, ct);
            }
            result.SetComputation(computation, now);
            output.Add(result);
        }
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

    private static async Task ApplyOutcomesAsync(IServiceProvider sp, Guid cycleId, IReadOnlyList<QuotaOutcome> outcomes, int batchSize,
        CancellationToken ct, bool save = true)
    {
        var results = sp.GetRequiredService<IAssessmentResultRepository>();
        foreach (var chunk in outcomes.Chunk(batchSize))
        {
            var byWorker = chunk.ToDictionary(o => o.WorkerId);
            foreach (var result in await results.GetByWorkersAsync(cycleId, byWorker.Keys, ct)) result.ApplyQuota(byWorker[result.WorkerId]);
            if (save) await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
        }
    }
}

/// <summary>The Hangfire job that compiles one cycle. Idempotent: see <see cref="AssessmentCompiler"/>.</summary>
public class CompileCycleJob(AssessmentCompiler compiler)
{
    public Task ExecuteAsync(Guid cycleId, CancellationToken ct = default) => compiler.CompileAsync(cycleId, AssessmentCompiler.DefaultBatchSize, ct);
}
