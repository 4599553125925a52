namespace GridStaff.EvaluationCycles;

using GridStaff.Appeals;
using GridStaff.AssessmentResults;
using GridStaff.Assessments;
using GridStaff.Identity;
using GridStaff.Notifications;
using GridStaff.ScoreSheets;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

public class AssessmentSchedulerOptions
{
    public const string Section = "Assessment:Scheduler";
    public const string JobId = "assessment-scheduler";

    /// <summary>Cron of the recurring run; every 15 minutes by default.</summary>
    public string Cron { get; set; } = "*/15 * * * *";

    /// <summary>Reminders to raters with unsubmitted sheets, in hours before the deadline.</summary>
    public List<int> ReminderHoursBeforeDeadline { get; set; } = [72, 24];
}

/// <summary>
/// The recurring scheduler (Hangfire): from the clock and each cycle's schedule it opens cycles whose
/// day has come, reminds raters, closes at the deadline, enqueues compilation, publishes calibrated
/// cycles on their date, finalizes after the appeal window and reports overdue appeals to HR.
/// Idempotent: each step is a state change or a recorded, de-duplicated notification, so running it
/// twice does nothing the second time. Each cycle is its own unit of work; one failing cycle does not stop the rest.
/// </summary>
public class AssessmentSchedulerJob(
    IServiceScopeFactory scopes, IBackgroundJobClient jobs, TimeProvider clock, IOptions<AssessmentSchedulerOptions> options,
    ILogger<AssessmentSchedulerJob> logger)
{
    public async Task ExecuteAsync(CancellationToken ct = default)
    {
        List<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
            ids = (await scope.ServiceProvider.GetRequiredService<IEvaluationCycleRepository>().GetActiveAsync(ct)).Select(c => c.Id).ToList();

        foreach (var id in ids)
        {
            try { await StepAsync(id, ct); }
            catch (Exception e) when (e is BusinessException or InvalidOperationException)
            {
                logger.LogError(e, "Scheduler could not move cycle {CycleId}.", id);
            }
        }
        await ReportOverdueAppealsAsync(ct);
    }

    private async Task StepAsync(Guid cycleId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var cycle = await sp.GetRequiredService<IEvaluationCycleRepository>().GetAsync(cycleId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var before = cycle.Status;

        if (cycle.IsDueToOpen(now))
        {
            var enrollees = await sp.GetRequiredService<EnrolleeLoader>().LoadAsync(cycle.StreetId, ct);
            await sp.GetRequiredService<EvaluationCycleManager>().OpenAsync(cycle, enrollees, now, ct);
        }
        if (cycle.Status == EvaluationCycleStatus.Open)
        {
            if (now >= cycle.ScoringDeadline) cycle.Close(now);
            else await RemindAsync(sp, cycle, now, ct);
        }
        if (cycle.Status == EvaluationCycleStatus.Closed && cycle.CompileEnqueuedAt is null)
        {
            jobs.Enqueue<CompileCycleJob>(j => j.ExecuteAsync(cycle.Id, CancellationToken.None));
            cycle.MarkCompileEnqueued(now);
        }
        if (cycle.Status == EvaluationCycleStatus.Calibrated && now >= cycle.PublishOn)
        {
            await sp.GetRequiredService<CyclePublisher>().PublishAsync(cycle, now, ct);
        }
        if (cycle.Status == EvaluationCycleStatus.Published && now >= cycle.AppealWindowEndsAt
            && !(await sp.GetRequiredService<IAppealRepository>().GetOpenAsync(ct)).Any(a => a.CycleId == cycle.Id))
        {
            cycle.FinalizeResults(now);
        }

        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
        if (cycle.Status != before) logger.LogInformation("Cycle {CycleId} moved from {From} to {To}.", cycle.Id, before, cycle.Status);
    }

    private async Task RemindAsync(IServiceProvider sp, EvaluationCycle cycle, DateTime now, CancellationToken ct)
    {
        var due = options.Value.ReminderHoursBeforeDeadline.Distinct()
            .Where(h => h > 0 && now >= cycle.ScoringDeadline.AddHours(-h) && !cycle.SentReminderHours.Contains(h))
            .OrderBy(h => h).ToList();
        if (due.Count == 0) return;
        // Several offsets may fall due at once (e.g. after downtime): send one reminder, record them all.
        foreach (var h in due) cycle.RecordReminder(h);
        var hours = due[0];
        var open = await sp.GetRequiredService<IScoreSheetRepository>().GetUnsubmittedAsync(cycle.Id, ct);
        var notices = new List<Notification>();
        string Title(int count) => $"{cycle.Name}: {count} score sheets still open, scoring closes {cycle.ScoringDeadline:u}";
        foreach (var g in open.Where(s => s.Group == RaterGroupKind.Director).GroupBy(s => s.CommunityId))
            notices.Add(Notification.ToRole(GridStaffRoles.CommunityDirector, cycle.StreetId, g.Key, NotificationKind.ScoringReminder, Title(g.Count()), "",
                cycle.Id, $"remind:{cycle.Id}:{hours}:director:{g.Key}", now));
        var hr = open.Count(s => s.Group == RaterGroupKind.StreetHr);
        if (hr > 0)
            notices.Add(Notification.ToRole(GridStaffRoles.StreetHr, cycle.StreetId, null, NotificationKind.ScoringReminder, Title(hr), "",
                cycle.Id, $"remind:{cycle.Id}:{hours}:hr", now));
        foreach (var g in open.Where(s => s.RaterWorkerId is not null).GroupBy(s => (s.RaterWorkerId!.Value, s.CommunityId)))
            notices.Add(Notification.ToWorker(cycle.StreetId, g.Key.CommunityId, g.Key.Value, NotificationKind.ScoringReminder, Title(g.Count()), "",
                cycle.Id, $"remind:{cycle.Id}:{hours}:worker:{g.Key.Value}", now));
        await sp.GetRequiredService<Notifier>().SendAsync(notices, ct);
    }

    private async Task ReportOverdueAppealsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var now = clock.GetUtcNow().UtcDateTime;
        var notices = new List<Notification>();
        foreach (var appeal in await sp.GetRequiredService<IAppealRepository>().GetOpenAsync(ct))
        {
            if (!appeal.MarkOverdueNotified(now)) continue;
            notices.Add(Notification.ToRole(GridStaffRoles.StreetHr, appeal.StreetId, null, NotificationKind.AppealOverdue,
                "An appeal is past its answer deadline", $"Filed {appeal.FiledAt:u}, due {appeal.AnswerDueAt:u}.", appeal.Id, $"appeal-overdue:{appeal.Id}", now));
        }
        await sp.GetRequiredService<Notifier>().SendAsync(notices, ct);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
    }
}
