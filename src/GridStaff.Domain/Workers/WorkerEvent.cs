namespace GridStaff.Workers;

/// <summary>
/// One entry of a worker's effective-dated, append-only history. It carries what changed at that
/// date (and, for a post, the band then in force), never the whole state.
/// </summary>
public class WorkerEvent : Entity
{
    private List<Guid>? _gridIds;

    public Guid WorkerId { get; private set; }

    /// <summary>Order of recording; breaks ties between entries with the same effective date.</summary>
    public int Sequence { get; private set; }
    public WorkerEventKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public DateTime RecordedAt { get; private set; }

    public Guid? CommunityId { get; internal init; }
    public IReadOnlyList<Guid>? GridIds => _gridIds;
    internal List<Guid>? GridIdList { init => _gridIds = value; }
    public bool? Probation { get; internal init; }
    public Guid? PostId { get; internal init; }
    public int? PostMinGrade { get; internal init; }
    public int? PostMaxGrade { get; internal init; }
    public int? Grade { get; internal init; }
    public Guid? ContractId { get; internal init; }
    public ExitReason? ExitReason { get; internal init; }

    public string? Note
    {
        get;
        internal init
        {
            if (value is not null) ArgumentOutOfRangeException.ThrowIfGreaterThan(value.Length, WorkerConsts.MaxNoteLength, "note");
            field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }

    private WorkerEvent() { }

    internal WorkerEvent(Worker worker, WorkerEventKind kind, DateOnly effectiveOn, DateTime recordedAt) : base(Guid.CreateVersion7())
    {
        WorkerId = worker.Id;
        Sequence = worker.Events.Count + 1;
        Kind = kind;
        EffectiveOn = effectiveOn;
        RecordedAt = recordedAt;
    }
}

/// <summary>The state a history leads to, entry by entry; <see cref="Apply"/> says why an entry cannot follow.</summary>
internal sealed class WorkerHistoryState
{
    private WorkerStatus _beforeSuspension;
    private int _minGrade, _maxGrade;
    private bool _hired;

    public WorkerStatus Status { get; private set; }
    public Guid CommunityId { get; private set; }
    public List<Guid> GridIds { get; private set; } = [];
    public Guid PostId { get; private set; }
    public int Grade { get; private set; }
    public ExitReason? ExitReason { get; private set; }
    public DateOnly? ExitDate { get; private set; }

    /// <returns>Null when the entry may follow the state so far, else the reason it may not.</returns>
    public string? Apply(WorkerEvent e)
    {
        if (e.Kind == WorkerEventKind.Hire)
        {
            if (_hired) return "the worker is already hired";
            _hired = true;
            Status = e.Probation == true ? WorkerStatus.Probation : WorkerStatus.Active;
            CommunityId = e.CommunityId!.Value;
            GridIds = [.. e.GridIds ?? []];
            (PostId, _minGrade, _maxGrade, Grade) = (e.PostId!.Value, e.PostMinGrade!.Value, e.PostMaxGrade!.Value, e.Grade!.Value);
            return null;
        }
        if (!_hired) return "nothing can happen before the hire";
        if (Status == WorkerStatus.Exited) return $"the worker left on {ExitDate:yyyy-MM-dd}";

        switch (e.Kind)
        {
            case WorkerEventKind.ProbationPassed:
                if (Status != WorkerStatus.Probation) return $"the worker is not on probation (status {Status})";
                Status = WorkerStatus.Active;
                break;
            case WorkerEventKind.Transfer:
                CommunityId = e.CommunityId!.Value;
                GridIds = [.. e.GridIds ?? []];
                break;
            case WorkerEventKind.PostChange:
                (PostId, _minGrade, _maxGrade, Grade) = (e.PostId!.Value, e.PostMinGrade!.Value, e.PostMaxGrade!.Value, e.Grade!.Value);
                break;
            case WorkerEventKind.GradeChange:
                if (e.Grade < _minGrade || e.Grade > _maxGrade) return $"grade {e.Grade} is outside the band {_minGrade}–{_maxGrade} of the post then held";
                Grade = e.Grade!.Value;
                break;
            case WorkerEventKind.ContractSigned or WorkerEventKind.ContractRenewed:
                break;
            case WorkerEventKind.Suspension:
                if (Status == WorkerStatus.Suspended) return "the worker is already suspended";
                _beforeSuspension = Status;
                Status = WorkerStatus.Suspended;
                break;
            case WorkerEventKind.Reinstatement:
                if (Status != WorkerStatus.Suspended) return "the worker is not suspended";
                Status = _beforeSuspension;
                break;
            case WorkerEventKind.Exit:
                Status = WorkerStatus.Exited;
                ExitReason = e.ExitReason;
                ExitDate = e.EffectiveOn;
                GridIds = [];
                break;
            default:
                return $"unknown entry {e.Kind}";
        }
        return null;
    }
}
