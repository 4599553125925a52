namespace GridStaff.EvaluationCycles;

using GridStaff.Assessments;

/// <summary>
/// One assessment round of a street on one template version. Its state machine:
/// Draft → Open → Closed → Compiled → (Calibrated) → Published → Finalized, and Cancelled from
/// Draft or Open. Every other move throws <see cref="AssessmentErrorCodes.IllegalTransition"/>.
/// Times are UTC.
/// </summary>
public class EvaluationCycle : AuditedAggregateRoot, IStreetScoped
{
    public const int MaxAppealDays = 60;

    private readonly List<int> _sentReminderHours = [];
    private readonly List<CycleComponent> _components = [];

    public Guid StreetId { get; private set; }
    public string Name { get; private set; } = null!;
    public PeriodKind PeriodKind { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public Guid TemplateId { get; private set; }

    public DateTime OpensAt { get; private set; }
    public DateTime ScoringDeadline { get; private set; }
    public DateTime PublishOn { get; private set; }
    public int AppealWindowDays { get; private set; }
    public int AppealAnswerDays { get; private set; }

    public EvaluationCycleStatus Status { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? CompileEnqueuedAt { get; private set; }
    public DateTime? CompiledAt { get; private set; }
    public DateTime? CalibratedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateTime? FinalizedAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }

    /// <summary>Compile progress: workers compiled of the enrolled total.</summary>
    public int CompileTotal { get; private set; }
    public int CompileDone { get; private set; }

    /// <summary>The reminder offsets (hours before the deadline) already sent, so a rerun sends none twice.</summary>
    public IReadOnlyCollection<int> SentReminderHours => _sentReminderHours;

    /// <summary>An annual cycle may combine earlier cycles, e.g. half-year 40 % + year-end 60 %.</summary>
    public IReadOnlyCollection<CycleComponent> Components => _components;

    /// <summary>Appeals are accepted until this moment (publication + window).</summary>
    public DateTime? AppealWindowEndsAt => PublishedAt?.AddDays(AppealWindowDays);

    private EvaluationCycle() { }

    public EvaluationCycle(Guid id, Guid streetId, string name, PeriodKind periodKind, DateOnly periodStart, DateOnly periodEnd,
        Guid templateId, CycleSchedule schedule) : base(id)
    {
        StreetId = streetId;
        TemplateId = templateId;
        Status = EvaluationCycleStatus.Draft;
        Rename(name);
        SetPeriod(periodKind, periodStart, periodEnd);
        Reschedule(schedule);
    }

    public EvaluationCycle Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(name));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, AssessmentConsts.MaxNameLength, nameof(name));
        Name = name.Trim();
        return this;
    }

    private void SetPeriod(PeriodKind kind, DateOnly start, DateOnly end)
    {
        if (end < start) throw Schedule("periodEnd", "The period ends before it starts.");
        (PeriodKind, PeriodStart, PeriodEnd) = (kind, start, end);
    }

    /// <summary>Only a draft can be rescheduled: raters plan around an open cycle's dates.</summary>
    public EvaluationCycle Reschedule(CycleSchedule schedule)
    {
        if (Status != EvaluationCycleStatus.Draft) throw Illegal("reschedule");
        if (schedule.ScoringDeadline <= schedule.OpensAt) throw Schedule("scoringDeadline", "The scoring deadline must come after the opening.");
        if (schedule.PublishOn < schedule.ScoringDeadline) throw Schedule("publishOn", "Publication cannot come before the scoring deadline.");
        if (schedule.AppealWindowDays is < 1 or > MaxAppealDays) throw Schedule("appealWindowDays", $"The appeal window is 1 to {MaxAppealDays} days.");
        if (schedule.AppealAnswerDays is < 1 or > MaxAppealDays) throw Schedule("appealAnswerDays", $"The appeal answer time is 1 to {MaxAppealDays} days.");
        OpensAt = Utc(schedule.OpensAt);
        ScoringDeadline = Utc(schedule.ScoringDeadline);
        PublishOn = Utc(schedule.PublishOn);
        AppealWindowDays = schedule.AppealWindowDays;
        AppealAnswerDays = schedule.AppealAnswerDays;
        return this;
    }

    /// <summary>Annual cycles only: the earlier cycles combined and their weights (summing to 100).</summary>
    public EvaluationCycle CombineWith(IReadOnlyList<CycleComponent> components)
    {
        if (Status != EvaluationCycleStatus.Draft) throw Illegal("change the combined cycles of");
        if (components.Count > 0)
        {
            if (PeriodKind != PeriodKind.Annual) throw Schedule("components", "Only an annual cycle combines earlier cycles.");
            if (components.Any(c => c.Weight <= 0) || components.Sum(c => c.Weight) >= 100)
                throw Schedule("components", "Each combined cycle needs a weight above 0, leaving a share (above 0) to this cycle.");
            if (components.Select(c => c.CycleId).Distinct().Count() != components.Count || components.Any(c => c.CycleId == Id))
                throw Schedule("components", "A cycle is combined at most once, and never with itself.");
        }
        _components.Clear();
        _components.AddRange(components);
        return this;
    }

    /// <summary>The weight of this cycle's own score in the combined result (100 when it combines nothing).</summary>
    public decimal OwnWeight => 100 - _components.Sum(c => c.Weight);

    public bool IsDueToOpen(DateTime utcNow) => Status == EvaluationCycleStatus.Draft && utcNow >= OpensAt;
    public bool IsScoringOpen(DateTime utcNow) => Status == EvaluationCycleStatus.Open && utcNow < ScoringDeadline;

    public void Open(DateTime utcNow)
    {
        Move(EvaluationCycleStatus.Open, EvaluationCycleStatus.Draft);
        OpenedAt = utcNow;
    }

    public void Close(DateTime utcNow)
    {
        Move(EvaluationCycleStatus.Closed, EvaluationCycleStatus.Open);
        ClosedAt = utcNow;
    }

    /// <summary>Recorded so the scheduler enqueues compilation once, not every run.</summary>
    public void MarkCompileEnqueued(DateTime utcNow)
    {
        if (Status != EvaluationCycleStatus.Closed) throw Illegal("enqueue the compilation of");
        CompileEnqueuedAt = utcNow;
    }

    /// <summary>A (re)compile starts: from Closed, or again on Compiled (idempotent). A calibrated cycle is not recompiled wholesale.</summary>
    public void StartCompile(int total)
    {
        if (Status is not (EvaluationCycleStatus.Closed or EvaluationCycleStatus.Compiled)) throw Illegal("compile");
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        CompileTotal = total;
        CompileDone = 0;
    }

    public void MarkCompiled(DateTime utcNow)
    {
        Move(EvaluationCycleStatus.Compiled, EvaluationCycleStatus.Closed, EvaluationCycleStatus.Compiled);
        CompileDone = CompileTotal;
        CompiledAt = utcNow;
    }

    /// <summary>Street HR has finished calibrating (grades moved within the quota, each with a reason).</summary>
    public void CompleteCalibration(DateTime utcNow)
    {
        Move(EvaluationCycleStatus.Calibrated, EvaluationCycleStatus.Compiled);
        CalibratedAt = utcNow;
    }

    public bool CanCalibrate => Status is EvaluationCycleStatus.Compiled or EvaluationCycleStatus.Calibrated;

    public void Publish(DateTime utcNow)
    {
        Move(EvaluationCycleStatus.Published, EvaluationCycleStatus.Compiled, EvaluationCycleStatus.Calibrated);
        PublishedAt = utcNow;
    }

    public bool IsAppealWindowOpen(DateTime utcNow) => Status == EvaluationCycleStatus.Published && utcNow < AppealWindowEndsAt;

    /// <summary>After the appeal window the result is final: pay and promotion read it.</summary>
    public void FinalizeResults(DateTime utcNow)
    {
        if (Status == EvaluationCycleStatus.Published && utcNow < AppealWindowEndsAt)
            throw new BusinessException(AssessmentErrorCodes.AppealWindowNotOver, $"Appeals are open until {AppealWindowEndsAt:u}.");
        Move(EvaluationCycleStatus.Finalized, EvaluationCycleStatus.Published);
        FinalizedAt = utcNow;
    }

    public void Cancel(DateTime utcNow, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, nameof(reason));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, AssessmentConsts.MaxReasonLength, nameof(reason));
        Move(EvaluationCycleStatus.Cancelled, EvaluationCycleStatus.Draft, EvaluationCycleStatus.Open);
        CancelledAt = utcNow;
        CancelReason = reason.Trim();
    }

    /// <summary>True when the reminder for this offset was not sent before (and is now recorded).</summary>
    public bool RecordReminder(int hoursBeforeDeadline)
    {
        if (Status != EvaluationCycleStatus.Open || _sentReminderHours.Contains(hoursBeforeDeadline)) return false;
        _sentReminderHours.Add(hoursBeforeDeadline);
        return true;
    }

    private void Move(EvaluationCycleStatus to, params EvaluationCycleStatus[] from)
    {
        if (!from.Contains(Status))
            throw new BusinessException(AssessmentErrorCodes.IllegalTransition, $"A cycle cannot go from {Status} to {to}.") { Field = "status" };
        Status = to;
    }

    private BusinessException Illegal(string what) =>
        new(AssessmentErrorCodes.IllegalTransition, $"Cannot {what} a cycle that is {Status}.") { Field = "status" };

    private static BusinessException Schedule(string field, string message) =>
        new(AssessmentErrorCodes.InvalidSchedule, message) { Field = field };

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

public sealed record CycleSchedule(DateTime OpensAt, DateTime ScoringDeadline, DateTime PublishOn, int AppealWindowDays = 10, int AppealAnswerDays = 10);

/// <summary>An earlier cycle whose results an annual cycle combines, with its weight in percent.</summary>
public sealed record CycleComponent(Guid CycleId, decimal Weight);

public interface IEvaluationCycleRepository : IRepository<EvaluationCycle>
{
    Task<PagedList<EvaluationCycle>> GetListAsync(EvaluationCycleQuery query, CancellationToken ct = default);

    /// <summary>Cycles the scheduler may have to move on (not Finalized or Cancelled), any street.</summary>
    Task<IReadOnlyList<EvaluationCycle>> GetActiveAsync(CancellationToken ct = default);

    /// <summary>
    /// Writes a running compile's counter straight to the row (clamped to its total), without loading
    /// or auditing the cycle: it is a progress bar, not a decision, and a city compile reports it 100 times.
    /// </summary>
    Task SetCompileProgressAsync(Guid cycleId, int done, CancellationToken ct = default);
}

public sealed record EvaluationCycleQuery(Guid? StreetId = null, EvaluationCycleStatus? Status = null, PeriodKind? PeriodKind = null) : PageRequest;
