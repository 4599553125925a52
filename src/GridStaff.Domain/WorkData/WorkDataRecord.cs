namespace GridStaff.WorkData;

using GridStaff.Assessments;

/// <summary>
/// A count the grid platform already has (household visits, events reported, events closed on
/// time, data updates), or bonus/deduction points, for one worker, indicator and period.
/// Imported, never typed twice: a re-import of the same worker, indicator and period replaces the value.
/// </summary>
public class WorkDataRecord : AuditedAggregateRoot, IStreetScoped
{
    public Guid StreetId { get; private set; }
    public Guid WorkerId { get; private set; }
    public string IndicatorCode { get; private set; } = null!;
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public decimal Value { get; private set; }

    private WorkDataRecord() { }

    public WorkDataRecord(Guid id, Guid streetId, Guid workerId, string indicatorCode, DateOnly periodStart, DateOnly periodEnd, decimal value) : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorCode, nameof(indicatorCode));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(indicatorCode.Length, AssessmentConsts.MaxCodeLength, nameof(indicatorCode));
        if (periodEnd < periodStart) throw new ArgumentOutOfRangeException(nameof(periodEnd), "The period ends before it starts.");
        StreetId = streetId;
        WorkerId = workerId;
        IndicatorCode = indicatorCode.Trim();
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        SetValue(value);
    }

    public void SetValue(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(value));
        Value = value;
    }
}

public interface IWorkDataRepository : IRepository<WorkDataRecord>
{
    Task<IReadOnlyList<WorkDataRecord>> GetForPeriodAsync(Guid streetId, DateOnly periodStart, DateOnly periodEnd, IReadOnlyCollection<Guid>? workerIds = null, CancellationToken ct = default);
}
