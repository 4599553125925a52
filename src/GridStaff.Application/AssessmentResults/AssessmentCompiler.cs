namespace GridStaff.AssessmentResults;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.ScoreSheets;
using GridStaff.WorkData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>How the compile job batches its work (configuration section "Assessment:Compile").</summary>
public class AssessmentCompileOptions
{
    public const string Section = "Assessment:Compile";

    /// <summary>Workers per batch: each batch is read, computed and written in scopes and a transaction of its own.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Overlap the batches: the next batch is read while this one is computed, and this one is written
    /// while the next is computed (three connections at once). Off only where every scope shares one
    /// connection (an in-memory SQLite test database).
    /// </summary>
    public bool ReadAhead { get; set; } = true;
}

/// <summary>
/// Compiles a cycle's results from the database in batches, so memory stays flat for a city: read a
/// batch's enrolments, sheets and work data, compute every worker, upsert their results through the
/// set-based <see cref="IAssessmentResultWriter"/>, report progress (the next batch is read, and the one
/// before written, while this one is computed); then apply the quota and ranks over the light
/// summaries of all results.
/// Rerunning, or running again after a crash half-way, gives the same results and no duplicates.
/// </summary>
public class AssessmentCompiler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AssessmentCompileOptions> options, ILogger<AssessmentCompiler> logger)
{
    public async Task<bool> CompileAsync(Guid cycleId, int? batchSize = null, CancellationToken ct = default)
    {
        EvaluationCycle cycle;
        TemplateDefinition template;
        bool recompiling;
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
            // A first compile has nothing to overwrite: its batches skip looking for existing results.
            recompiling = await sp.GetRequiredService<IAssessmentResultRepository>().AnyAsync(cycleId, ct);
        }

        var size = batchSize ?? options.Value.BatchSize;
        var overlap = options.Value.ReadAhead;
        var (done, created, recomputed) = (0, 0, 0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task<CompileBatch> Read(int after) => overlap
            ? Task.Run(() => ReadBatchAsync(cycle, template, after, size, recompiling, stop.Token), stop.Token)
            : ReadBatchAsync(cycle, template, after, size, recompiling, stop.Token);
        // One batch is written at a time and in order, so the progress only ever counts written workers.
        async Task WriteAsync(List<AssessmentResult> newResults, List<AssessmentResult> updatedResults, int workers)
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<IAssessmentResultWriter>().WriteComputedAsync(newResults, updatedResults, stop.Token);
            (done, created, recomputed) = (done + workers, created + newResults.Count, recomputed + updatedResults.Count);
            await sp.GetRequiredService<IEvaluationCycleRepository>().SetCompileProgressAsync(cycleId, done, stop.Token);
        }
        Task<CompileBatch>? pending = null;
        Task? writing = null;
        try
        {
            pending = Read(0);
            while (true)
            {
                var batch = await pending;
                pending = null;
                if (batch.Enrolments.Count == 0) break;
                var last = batch.Enrolments[^1].Ordinal;
                if (overlap) pending = Read(last);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var (newResults, updatedResults) = ComputeBatch(cycle, template, batch);
                var computed = watch.ElapsedMilliseconds;
                if (writing is not null) await writing;
                // Overlapping, this batch is written while the next one is computed (and the one after read).
                writing = overlap
                    ? Task.Run(() => WriteAsync(newResults, updatedResults, batch.Enrolments.Count), stop.Token)
                    : WriteAsync(newResults, updatedResults, batch.Enrolments.Count);
                if (!overlap) await writing;
                logger.LogDebug("Cycle {CycleId}: batch up to ordinal {Last} computed (read {Read} ms before, compute {Computed} ms, then {Waited} ms for the previous write).",
                    cycleId, last, batch.ReadMilliseconds, computed, watch.ElapsedMilliseconds - computed);
                pending ??= Read(last);
            }
            if (writing is not null) await writing;
            writing = null;
        }
        finally
        {
            // Failing half-way: the read and the write under way are stopped and awaited, so nothing runs on
            // after this returns; their own failures (cancelled, most likely) would only hide the one propagating.
            if (pending is not null || writing is not null)
            {
                await stop.CancelAsync();
                foreach (var task in new Task?[] { pending, writing }.OfType<Task>())
                {
                    try { await task; }
                    catch (Exception) when (stop.IsCancellationRequested) { }
                }
            }
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
        IReadOnlyList<SubmittedScore> scores =
        [
            .. (await sp.GetRequiredService<IScoreSheetRepository>().GetSubmittedScoresAsync(cycle.Id, [workerId], ct)).Where(x => x.SheetId != replaced?.Id),
            .. replacement?.Scores.Select(x => new SubmittedScore(replacement.WorkerId, replacement.Id, replacement.Group, x.IndicatorCode, x.Score)) ?? [],
        ];
        var sheets = scores.GroupBy(x => x.SheetId)
            .Select(g => new SheetScores(g.First().Group, g.ToDictionary(x => x.IndicatorCode, x => x.Score, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        var data = await ReadWorkDataAsync(sp, cycle, template, [workerId], ct);
        var components = await ReadComponentTotalsAsync(sp, cycle, [workerId], ct);
        var computation = Compute(cycle, template, new WorkerScoreInput(workerId, sheets, data.GetValueOrDefault(workerId, NoWorkData)), components);
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
        await ApplyOutcomesAsync(sp, cycle.Id, outcomes, options.Value.BatchSize, ct);
        return result;
    }

    /// <summary>One batch as read: its enrolments, each worker's input in the same order, and what the results need besides.</summary>
    private sealed record CompileBatch(IReadOnlyList<Enrolment> Enrolments, IReadOnlyList<WorkerScoreInput> Inputs,
        Dictionary<Guid, Dictionary<Guid, decimal>> ComponentTotals, Dictionary<Guid, AssessmentResult> Existing, long ReadMilliseconds);

    private static readonly IReadOnlyDictionary<string, decimal> NoWorkData = new Dictionary<string, decimal>();

    /// <summary>Reads the batch after the ordinal in a scope of its own (it may run beside the previous batch's write).</summary>
    private async Task<CompileBatch> ReadBatchAsync(EvaluationCycle cycle, TemplateDefinition template, int afterOrdinal, int size, bool recompiling, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var enrolments = await sp.GetRequiredService<IEnrolmentRepository>().GetBatchAsync(cycle.Id, afterOrdinal, size, ct);
        if (enrolments.Count == 0) return new CompileBatch(enrolments, [], [], [], 0);
        var upTo = enrolments[^1].Ordinal;
        var ids = enrolments.Select(e => e.WorkerId).ToList();
        var sheets = await sp.GetRequiredService<IScoreSheetRepository>().GetSubmittedSheetsAsync(cycle.Id, afterOrdinal, upTo, ct);
        var data = await ReadWorkDataAsync(sp, cycle, template, ids, ct);
        var components = await ReadComponentTotalsAsync(sp, cycle, ids, ct);
        var existing = recompiling
            ? (await sp.GetRequiredService<IAssessmentResultRepository>().GetByOrdinalsAsync(cycle.Id, afterOrdinal, upTo, ct)).ToDictionary(r => r.WorkerId)
            : [];

        // Both lists are in ordinal order: one walk hands every worker their sheets.
        var inputs = new List<WorkerScoreInput>(enrolments.Count);
        var next = 0;
        foreach (var e in enrolments)
        {
            var own = new List<SheetScores>();
            while (next < sheets.Count && sheets[next].Ordinal < e.Ordinal) next++;
            for (; next < sheets.Count && sheets[next].Ordinal == e.Ordinal; next++) own.Add(sheets[next].Scores);
            inputs.Add(new WorkerScoreInput(e.WorkerId, own, data.GetValueOrDefault(e.WorkerId, NoWorkData)));
        }
        return new CompileBatch(enrolments, inputs, components, existing, watch.ElapsedMilliseconds);
    }

    /// <summary>A batch's results, computed: new ones to insert and existing ones (not tracked) to overwrite.</summary>
    private (List<AssessmentResult> Created, List<AssessmentResult> Recomputed) ComputeBatch(EvaluationCycle cycle, TemplateDefinition template, CompileBatch batch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (created, recomputed) = (new List<AssessmentResult>(), new List<AssessmentResult>());
        for (var i = 0; i < batch.Enrolments.Count; i++)
        {
            var e = batch.Enrolments[i];
            if (!batch.Existing.TryGetValue(e.WorkerId, out var result))
            {
                result = new AssessmentResult(Guid.CreateVersion7(), cycle.Id, e.StreetId, e.CommunityId, e.WorkerId, e.HireDate);
                created.Add(result);
            }
            else recomputed.Add(result);
            result.SetComputation(Compute(cycle, template, batch.Inputs[i], batch.ComponentTotals), now);
        }
        return (created, recomputed);
    }

    private static ScoreComputation Compute(EvaluationCycle cycle, TemplateDefinition template, WorkerScoreInput input,
        Dictionary<Guid, Dictionary<Guid, decimal>> componentTotals)
    {
        var computation = AssessmentCalculator.Compute(template, input);
        return cycle.Components.Count == 0 ? computation : Combine(template, cycle, computation, componentTotals, input.WorkerId);
    }

    /// <summary>Imported work data of the period, per worker and indicator code (none read where no indicator of the template is data-fed).</summary>
    private static async Task<Dictionary<Guid, IReadOnlyDictionary<string, decimal>>> ReadWorkDataAsync(IServiceProvider sp, EvaluationCycle cycle,
        TemplateDefinition template, IReadOnlyCollection<Guid> workerIds, CancellationToken ct)
    {
        if (!template.Indicators.Any(i => i.Kind == IndicatorKind.DataFed)) return [];
        var data = await sp.GetRequiredService<IWorkDataRepository>().GetForPeriodAsync(cycle.StreetId, cycle.PeriodStart, cycle.PeriodEnd, workerIds, ct);
        return data.GroupBy(d => d.WorkerId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(d => d.IndicatorCode, d => d.Value, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>An annual cycle's earlier cycles: each one's totals of these workers.</summary>
    private static async Task<Dictionary<Guid, Dictionary<Guid, decimal>>> ReadComponentTotalsAsync(IServiceProvider sp, EvaluationCycle cycle,
        IReadOnlyCollection<Guid> workerIds, CancellationToken ct)
    {
        var results = sp.GetRequiredService<IAssessmentResultRepository>();
        var totals = new Dictionary<Guid, Dictionary<Guid, decimal>>();
        foreach (var component in cycle.Components)
            totals[component.CycleId] = (await results.GetByWorkersAsync(component.CycleId, workerIds, ct)).ToDictionary(r => r.WorkerId, r => r.Total);
        return totals;
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
    public Task ExecuteAsync(Guid cycleId, CancellationToken ct = default) => compiler.CompileAsync(cycleId, ct: ct);
}
