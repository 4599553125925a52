namespace GridStaff.AssessmentResults;

using System.Text.Json;
using GridStaff.Assessments;

/// <summary>
/// A worker's result in a cycle: the compiled total, the computed grade, the grade after the quota
/// and calibration (the grade of record), ranks (for HR only) and the full breakdown. One per worker
/// and cycle: a recompile updates it in place.
/// </summary>
public class AssessmentResult : AuditedAggregateRoot, ICommunityScoped
{
    public Guid CycleId { get; private set; }
    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid WorkerId { get; private set; }
    public DateOnly HireDate { get; private set; }
    public decimal Total { get; private set; }
    /// <summary>Stored as double too, so SQLite can sort by it in SQL.</summary>
    public double TotalForSorting { get; private set; }
    public decimal? DirectorScore { get; private set; }
    /// <summary>The grade from the bands, before quota and calibration.</summary>
    public Grade ComputedGrade { get; private set; }
    /// <summary>The grade after the quota (before calibration).</summary>
    public Grade QuotaGrade { get; private set; }
    public Grade? CalibratedGrade { get; private set; }
    public string? CalibrationReason { get; private set; }
    public Guid? CalibratedBy { get; private set; }
    public bool GroupMissing { get; private set; }
    public bool QuotaDowngraded { get; private set; }
    public bool TieForHr { get; private set; }
    public string PoolKey { get; private set; } = QuotaAllocator.StreetPool;
    public int RankInCommunity { get; private set; }
    public int RankInStreet { get; private set; }
    /// <summary>The breakdown as stored: JSON text written once per computation (cheap for EF to track, unlike a deep-compared object).</summary>
    public string BreakdownJson { get; private set; } = "{}";
    private ResultBreakdown? _breakdown;
    public ResultBreakdown Breakdown => _breakdown ??= JsonSerializer.Deserialize(BreakdownJson, ResultBreakdownJsonContext.Default.ResultBreakdown) ?? new();
    public DateTime ComputedAt { get; private set; }

    /// <summary>The grade of record: calibrated if HR moved it, else the one after the quota.</summary>
    public Grade Grade => CalibratedGrade ?? QuotaGrade;

    private AssessmentResult() { }

    public AssessmentResult(Guid id, Guid cycleId, Guid streetId, Guid communityId, Guid workerId, DateOnly hireDate) : base(id)
    {
        (CycleId, StreetId, CommunityId, WorkerId, HireDate) = (cycleId, streetId, communityId, workerId, hireDate);
    }

    public void SetComputation(ScoreComputation c, DateTime utcNow)
    {
        Total = c.Total;
        TotalForSorting = (double)c.Total;
        DirectorScore = c.DirectorScore;
        ComputedGrade = c.Grade;
        GroupMissing = c.GroupMissing;
        _breakdown = c.Breakdown;
        BreakdownJson = JsonSerializer.Serialize(c.Breakdown, ResultBreakdownJsonContext.Default.ResultBreakdown);
        ComputedAt = utcNow;
        if (QuotaGrade == 0) QuotaGrade = c.Grade;
    }

    public void ApplyQuota(QuotaOutcome o)
    {
        QuotaGrade = o.Grade;
        QuotaDowngraded = o.Downgraded;
        TieForHr = o.TieForHr;
        RankInCommunity = o.RankInCommunity;
        RankInStreet = o.RankInStreet;
        PoolKey = o.PoolKey;
        // A recomputed result may no longer match the calibration: a calibrated grade equal to the quota grade is dropped.
        if (CalibratedGrade == QuotaGrade) (CalibratedGrade, CalibrationReason, CalibratedBy) = (null, null, null);
    }

    /// <summary>HR moves the grade, with a written reason; the quota check is the caller's (it needs the whole pool).</summary>
    public void Calibrate(Grade grade, string reason, Guid? by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, nameof(reason));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Trim().Length, AssessmentConsts.MaxReasonLength, nameof(reason));
        (CalibratedGrade, CalibrationReason, CalibratedBy) = (grade == QuotaGrade ? null : grade, reason.Trim(), by);
    }

    public QuotaCandidate ToCandidate() => new(WorkerId, CommunityId, Total, ComputedGrade, DirectorScore, HireDate);
}

/// <summary>The few fields the quota pass needs of every result of a cycle.</summary>
public sealed record ResultSummary(Guid Id, Guid WorkerId, Guid CommunityId, decimal Total, Grade ComputedGrade, Grade QuotaGrade, Grade? CalibratedGrade, decimal? DirectorScore, DateOnly HireDate, string PoolKey)
{
    public Grade Grade => CalibratedGrade ?? QuotaGrade;
    public QuotaCandidate ToCandidate() => new(WorkerId, CommunityId, Total, ComputedGrade, DirectorScore, HireDate);
}

public interface IAssessmentResultRepository : IRepository<AssessmentResult>
{
    Task<bool> AnyAsync(Guid cycleId, CancellationToken ct = default);
    Task<IReadOnlyList<AssessmentResult>> GetByWorkersAsync(Guid cycleId, IReadOnlyCollection<Guid> workerIds, CancellationToken ct = default);
    /// <summary>Results (not tracked: the compile writes them through <see cref="IAssessmentResultWriter"/>) of the workers enrolled with ordinals in (after, upTo].</summary>
    Task<IReadOnlyList<AssessmentResult>> GetByOrdinalsAsync(Guid cycleId, int afterOrdinal, int upToOrdinal, CancellationToken ct = default);
    Task<IReadOnlyList<ResultSummary>> GetSummariesAsync(Guid cycleId, CancellationToken ct = default);
    Task<int> CountAsync(Guid cycleId, CancellationToken ct = default);
    Task<PagedList<AssessmentResult>> GetListAsync(AssessmentResultQuery query, CancellationToken ct = default);
    Task<AssessmentResult?> FindAsync(Guid cycleId, Guid workerId, CancellationToken ct = default);

    /// <summary>A worker's results in the given cycles (their trend).</summary>
    Task<IReadOnlyList<AssessmentResult>> GetForWorkerAsync(Guid workerId, IReadOnlyCollection<Guid> cycleIds, CancellationToken ct = default);
}

public sealed record AssessmentResultQuery(Guid CycleId, Guid? CommunityId = null, Grade? Grade = null) : PageRequest;
