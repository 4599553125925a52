namespace GridStaff.Workers;

public interface IWorkerRepository : IRepository<Worker>
{
    Task<PagedList<Worker>> GetListAsync(WorkerQuery query, CancellationToken ct = default);

    /// <summary>The worker holding this ID number (by keyed hash) in the street, whoever asks; soft-deleted ones excluded.</summary>
    Task<Worker?> FindByIdNumberHashAsync(Guid streetId, string idNumberHash, CancellationToken ct = default);

    /// <summary>Whether someone not yet exited holds this ID number anywhere (a person works for one street at a time).</summary>
    Task<bool> IsEmployedAnywhereAsync(string idNumberHash, Guid? exceptWorkerId, CancellationToken ct = default);

    /// <summary>Full-time grid workers, not exited, currently assigned to the grid, whoever asks.</summary>
    Task<int> CountFullTimeOnGridAsync(Guid gridId, Guid? exceptWorkerId, CancellationToken ct = default);

    /// <summary>Of the given hashes, those already held by a worker of the street (import duplicate check).</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindIdNumberHashesAsync(Guid streetId, IReadOnlyCollection<string> hashes, CancellationToken ct = default);

    /// <summary>Of the given hashes, those held by a worker not yet exited, in any street.</summary>
    Task<IReadOnlySet<string>> FindEmployedIdNumberHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken ct = default);

    /// <summary>Full-time grid workers not yet exited on each of the grids, whoever asks.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountFullTimeByGridAsync(IReadOnlyCollection<Guid> gridIds, CancellationToken ct = default);

    /// <summary>Every worker matching the query (no paging), without history: for exports.</summary>
    Task<IReadOnlyList<Worker>> GetAllAsync(WorkerQuery query, CancellationToken ct = default);
}

public sealed record WorkerQuery(
    Guid? StreetId = null, Guid? CommunityId = null, Guid? GridId = null, Guid? PostId = null,
    WorkerKind? Kind = null, WorkerStatus? Status = null, string? Filter = null, string? IdNumberHash = null) : PageRequest;
