namespace GridStaff.EvaluationCycles;

using GridStaff.Workers;

/// <summary>The street's workers not exited when the cycle opens, as enrolment snapshots (community, post, grids).</summary>
public class EnrolleeLoader(IWorkerRepository workers)
{
    public async Task<IReadOnlyList<EnrolleeSnapshot>> LoadAsync(Guid streetId, CancellationToken ct = default) =>
        (await workers.GetAllAsync(new WorkerQuery(StreetId: streetId), ct))
            .Where(w => w.Status != WorkerStatus.Exited)
            .Select(w => new EnrolleeSnapshot(w.Id, w.StreetId, w.CommunityId, w.Name, w.PostId, w.GridIds, w.HireDate))
            .ToList();
}
