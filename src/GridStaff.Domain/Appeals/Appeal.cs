namespace GridStaff.Appeals;

using GridStaff.Assessments;

public enum AppealStatus { Filed = 1, Rejected = 2, Rescored = 3 }

/// <summary>
/// A worker's request for review of a published result (DOMAIN.md §5): filed within the window,
/// answered by street HR within the answer time, by rejection with a reason or by re-scoring.
/// The result's before/after is kept on the appeal; the auditing interceptor records every step.
/// </summary>
public class Appeal : AuditedAggregateRoot, ICommunityScoped
{
    private readonly List<string> _indicatorCodes = [];

    public Guid CycleId { get; private set; }
    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid WorkerId { get; private set; }
    public string Reason { get; private set; } = null!;
    public IReadOnlyCollection<string> IndicatorCodes => _indicatorCodes;
    public AppealStatus Status { get; private set; }
    public DateTime FiledAt { get; private set; }
    public DateTime AnswerDueAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? Decision { get; private set; }
    public decimal TotalBefore { get; private set; }
    public Grade GradeBefore { get; private set; }
    public decimal? TotalAfter { get; private set; }
    public Grade? GradeAfter { get; private set; }
    public DateTime? OverdueNotifiedAt { get; private set; }

    private Appeal() { }

    /// <summary>The window check is the caller's (it is the cycle's); this keeps the appeal's own rules.</summary>
    public Appeal(Guid id, Guid cycleId, Guid streetId, Guid communityId, Guid workerId, string reason, IReadOnlyList<string> indicatorCodes,
        decimal totalBefore, Grade gradeBefore, DateTime filedAt, int answerDays) : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, nameof(reason));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Trim().Length, AssessmentConsts.MaxReasonLength, nameof(reason));
        (CycleId, StreetId, CommunityId, WorkerId) = (cycleId, streetId, communityId, workerId);
        Reason = reason.Trim();
        _indicatorCodes.AddRange(indicatorCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        (TotalBefore, GradeBefore) = (totalBefore, gradeBefore);
        Status = AppealStatus.Filed;
        FiledAt = filedAt;
        AnswerDueAt = filedAt.AddDays(answerDays);
    }

    public void Reject(string reason, Guid? by, DateTime utcNow)
    {
        Decide(reason, by, utcNow);
        Status = AppealStatus.Rejected;
    }

    public void MarkRescored(string reason, Guid? by, DateTime utcNow, decimal totalAfter, Grade gradeAfter)
    {
        Decide(reason, by, utcNow);
        Status = AppealStatus.Rescored;
        (TotalAfter, GradeAfter) = (totalAfter, gradeAfter);
    }

    public bool IsOverdue(DateTime utcNow) => Status == AppealStatus.Filed && utcNow >= AnswerDueAt;

    /// <summary>True the first time an overdue appeal is reported to HR.</summary>
    public bool MarkOverdueNotified(DateTime utcNow)
    {
        if (!IsOverdue(utcNow) || OverdueNotifiedAt is not null) return false;
        OverdueNotifiedAt = utcNow;
        return true;
    }

    private void Decide(string reason, Guid? by, DateTime utcNow)
    {
        if (Status != AppealStatus.Filed)
            throw new BusinessException(AssessmentErrorCodes.IllegalAppealTransition, $"The appeal was already {Status}.") { IsConflict = true };
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, nameof(reason));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Trim().Length, AssessmentConsts.MaxReasonLength, nameof(reason));
        (Decision, DecidedBy, DecidedAt) = (reason.Trim(), by, utcNow);
    }
}

public interface IAppealRepository : IRepository<Appeal>
{
    Task<bool> ExistsAsync(Guid cycleId, Guid workerId, CancellationToken ct = default);
    Task<PagedList<Appeal>> GetListAsync(AppealQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<Appeal>> GetOpenAsync(CancellationToken ct = default);
}

public sealed record AppealQuery(Guid? CycleId = null, AppealStatus? Status = null) : PageRequest;
