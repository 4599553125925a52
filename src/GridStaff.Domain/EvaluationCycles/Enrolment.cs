namespace GridStaff.EvaluationCycles;

/// <summary>
/// A worker enrolled in a cycle when it opened, with a snapshot of where they worked then
/// (community, post, grids, hire date), so later transfers do not rewrite the cycle.
/// </summary>
public class Enrolment : Entity, ICommunityScoped
{
    public Guid CycleId { get; private set; }
    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid WorkerId { get; private set; }
    /// <summary>1..n within the cycle: the compile job pages by it.</summary>
    public int Ordinal { get; private set; }
    public string WorkerName { get; private set; } = null!;
    public Guid PostId { get; private set; }
    public string GridIds { get; private set; } = "";
    public DateOnly HireDate { get; private set; }
    public DateTime EnrolledAt { get; private set; }

    private Enrolment() { }

    public Enrolment(Guid id, Guid cycleId, int ordinal, Guid streetId, Guid communityId, Guid workerId, string workerName, Guid postId,
        IReadOnlyList<Guid> gridIds, DateOnly hireDate, DateTime enrolledAt) : base(id)
    {
        (CycleId, StreetId, CommunityId, WorkerId, WorkerName, PostId) = (cycleId, streetId, communityId, workerId, workerName, postId);
        Ordinal = ordinal;
        GridIds = string.Join(',', gridIds);
        HireDate = hireDate;
        EnrolledAt = enrolledAt;
    }

    public IReadOnlyList<Guid> GridIdList => GridIds.Length == 0 ? [] : GridIds.Split(',').Select(Guid.Parse).ToList();
}

public interface IEnrolmentRepository : IRepository<Enrolment>
{
    Task<bool> AnyAsync(Guid cycleId, CancellationToken ct = default);
    Task<int> CountAsync(Guid cycleId, CancellationToken ct = default);

    /// <summary>Keyset paging by ordinal, for streaming a city-sized cycle.</summary>
    Task<IReadOnlyList<Enrolment>> GetBatchAsync(Guid cycleId, int afterOrdinal, int take, CancellationToken ct = default);

    Task<Enrolment?> FindAsync(Guid cycleId, Guid workerId, CancellationToken ct = default);
}
