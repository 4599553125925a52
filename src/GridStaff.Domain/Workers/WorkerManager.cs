namespace GridStaff.Workers;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.Posts;
using GridStaff.StaffingNorms;

/// <summary>The rules that need the repositories: a unique ID number, a valid post, room on the grid.</summary>
public class WorkerManager(
    IWorkerRepository workers, IStaffingNormRepository norms, IPersonalDataCipher protector, TimeProvider clock)
{
    public async Task<Worker> HireAsync(HireWorker hire, CancellationToken ct = default)
    {
        var idNumber = ResidentIdNumber.Parse(hire.IdNumber);
        idNumber.EnsureAgrees(hire.BirthDate, hire.Gender);
        var protectedId = protector.ProtectIdNumber(idNumber);
        if (await workers.FindByIdNumberHashAsync(hire.Community.StreetId, protectedId.Hash, ct) is not null
            || await workers.IsEmployedAnywhereAsync(protectedId.Hash, null, ct))
        {
            throw new BusinessException(WorkerErrorCodes.DuplicateIdNumber, "A worker with this ID number is already registered.") { Field = "idNumber", IsConflict = true };
        }
        var worker = HireChecked(hire, idNumber, protectedId);
        await EnsureGridRoomAsync(worker, hire.Grids, hire.HireDate, ct);
        return worker;
    }

    /// <summary>
    /// A hire whose ID number uniqueness and grid room the caller has already checked in bulk
    /// (the roster import checks thousands of rows in a few queries). Everything else is checked here.
    /// </summary>
    public Worker HireChecked(HireWorker hire, ResidentIdNumber idNumber, ProtectedValue? protectedId = null)
    {
        idNumber.EnsureAgrees(hire.BirthDate, hire.Gender);
        var phone = string.IsNullOrWhiteSpace(hire.Phone) ? null : protector.ProtectPhone(PhoneNumber.Normalize(hire.Phone));
        EnsurePostUsable(hire.Post, hire.Community.StreetId);
        return new Worker(Guid.CreateVersion7(), hire.Community, hire.Profile, idNumber, protectedId ?? protector.ProtectIdNumber(idNumber), phone,
            hire.Kind, hire.Post, hire.Grade, hire.Grids, hire.HireDate, hire.OnProbation, Now);
    }

    public string HashIdNumber(ResidentIdNumber idNumber) => protector.Hash(idNumber.Value);

    public async Task TransferAsync(Worker worker, Community community, IReadOnlyList<Grid> grids, DateOnly effectiveOn, string? note, CancellationToken ct = default)
    {
        worker.TransferTo(community, grids, effectiveOn, Now, note);
        await EnsureGridRoomAsync(worker, grids, effectiveOn, ct);
    }

    public void ChangePost(Worker worker, Post post, int grade, DateOnly effectiveOn, string? note)
    {
        EnsurePostUsable(post, worker.StreetId);
        worker.ChangePost(post, grade, effectiveOn, Now, note);
    }

    public ProtectedValue? ProtectPhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null : protector.ProtectPhone(PhoneNumber.Normalize(phone));

    /// <summary>A grid has at most the norm's number of full-time grid workers (StaffingNorm.FullTimeWorkersPerGrid).</summary>
    public async Task EnsureGridRoomAsync(Worker worker, IReadOnlyList<Grid> grids, DateOnly on, CancellationToken ct = default)
    {
        if (worker.Kind != WorkerKind.FullTimeGridWorker || worker.Status == WorkerStatus.Exited) return;
        var norm = await norms.FindInForceAsync(worker.StreetId, on, ct);
        var capacity = norm?.FullTimeWorkersPerGrid ?? StaffingNormValues.Defaults.FullTimeWorkersPerGrid;
        foreach (var grid in grids)
        {
            var taken = await workers.CountFullTimeOnGridAsync(grid.Id, worker.Id, ct);
            if (taken + 1 > capacity)
                throw new BusinessException(WorkerErrorCodes.GridFull,
                    $"Grid {grid.Name} already has {taken} full-time grid worker(s); the staffing norm allows {capacity} per grid.")
                { Field = "gridIds", IsConflict = true };
        }
    }

    private static void EnsurePostUsable(Post post, Guid streetId)
    {
        if (post.StreetId is { } own && own != streetId)
            throw new BusinessException(WorkerErrorCodes.PostNotFound, "The post belongs to another street.") { Field = "postId" };
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

/// <summary>What a hire needs; the caller has loaded the community, post and grids inside its scope.</summary>
public sealed record HireWorker(
    Community Community, WorkerProfile Profile, string IdNumber, DateOnly? BirthDate, Gender? Gender, string? Phone,
    WorkerKind Kind, Post Post, int Grade, IReadOnlyList<Grid> Grids, DateOnly HireDate, bool OnProbation);
