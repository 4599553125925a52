namespace GridStaff.Workers;

using System.Text.Json;
using GridStaff.Auditing;
using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.Permissions;
using GridStaff.Posts;
using GridStaff.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

public class WorkerAppService(
    IWorkerRepository workers,
    ICommunityRepository communities,
    IGridRepository grids,
    IPostRepository posts,
    IAuditEntryRepository auditEntries,
    WorkerManager manager,
    IPersonalDataCipher protector,
    ICurrentUser currentUser,
    IOptions<WorkforceOptions> options,
    TimeProvider clock,
    IUnitOfWork uow,
    ILogger<WorkerAppService> logger) : IWorkerAppService
{
    private RetirementAges Ages => options.Value.RetirementAges;
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WorkerDto> GetAsync(Guid id, CancellationToken ct = default) => (await workers.GetAsync(id, ct)).ToDto(Ages);

    public async Task<PagedResultDto<WorkerListItemDto>> GetListAsync(GetWorkerListDto input, CancellationToken ct = default)
    {
        string? hash = null;
        if (!string.IsNullOrWhiteSpace(input.IdNumber))
        {
            // An invalid number cannot match anyone; hashing the normalised form keeps "x" and "X" alike.
            hash = ResidentIdNumber.TryParse(input.IdNumber, out _) is { } id ? protector.Hash(id.Value) : "-";
        }
        var page = await workers.GetListAsync(new WorkerQuery(input.StreetId, input.CommunityId, input.GridId, input.PostId, input.Kind,
            input.Status, input.Filter, hash) { Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting }, ct);
        return new PagedResultDto<WorkerListItemDto>(page.Items.Select(w => w.ToListItemDto()).ToList(), page.TotalCount);
    }

    public async Task<WorkerDto> CreateAsync(CreateWorkerDto input, CancellationToken ct = default)
    {
        var community = await CommunityAsync(input.CommunityId!.Value, ct);
        var post = await PostAsync(input.PostId!.Value, ct);
        var gridList = await GridsAsync(input.GridIds, ct);
        var worker = await manager.HireAsync(new HireWorker(community, Profile(input), input.IdNumber, input.BirthDate, input.Gender, input.Phone,
            input.Kind, post, input.Grade, gridList, input.HireDate!.Value, input.OnProbation), ct);
        if (input.Contract is { } contract)
            worker.SignContract(contract.Kind, contract.StartOn!.Value, contract.EndOn, contract.ProbationEndOn, Now);
        await workers.InsertAsync(worker, ct);
        await uow.SaveChangesAsync(ct);
        logger.LogInformation("Hired worker {WorkerId} into community {CommunityId}", worker.Id, worker.CommunityId);
        return worker.ToDto(Ages);
    }

    public async Task<WorkerDto> UpdateAsync(Guid id, UpdateWorkerDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        worker.UpdateProfile(Profile(input)).ChangePhone(manager.ProtectPhone(input.Phone));
        await uow.SaveChangesAsync(ct);
        return worker.ToDto(Ages);
    }

    public async Task<WorkerDto> TransferAsync(Guid id, TransferWorkerDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        var community = await CommunityAsync(input.CommunityId!.Value, ct);
        var gridList = await GridsAsync(input.GridIds, ct);
        await manager.TransferAsync(worker, community, gridList, input.EffectiveOn!.Value, input.Note, ct);
        return await SaveAsync(worker, ct);
    }

    public async Task<WorkerDto> ChangePostAsync(Guid id, ChangeWorkerPostDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        manager.ChangePost(worker, await PostAsync(input.PostId!.Value, ct), input.Grade, input.EffectiveOn!.Value, input.Note);
        return await SaveAsync(worker, ct);
    }

    public async Task<WorkerDto> ChangeGradeAsync(Guid id, ChangeWorkerGradeDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        worker.ChangeGrade(input.Grade, input.EffectiveOn!.Value, Now, input.Note);
        return await SaveAsync(worker, ct);
    }

    public async Task<WorkerDto> PassProbationAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        worker.PassProbation(input.EffectiveOn!.Value, Now);
        return await SaveAsync(worker, ct);
    }

    public async Task<WorkerDto> SuspendAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        worker.Suspend(input.EffectiveOn!.Value, Now, input.Note);
        return await SaveAsync(worker, ct);
    }

    public async Task<WorkerDto> ReinstateAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        worker.Reinstate(input.EffectiveOn!.Value, Now, input.Note);
        return await SaveAsync(worker, ct);
    }

    public async Task<WorkerDto> ExitAsync(Guid id, ExitWorkerDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        worker.Exit(input.Reason!.Value, input.EffectiveOn!.Value, Now, input.Note);
        return await SaveAsync(worker, ct);
    }

    public async Task<WorkerContractDto> SignContractAsync(Guid id, SignContractDto input, CancellationToken ct = default)
    {
        var worker = await workers.GetAsync(id, ct);
        var contract = worker.SignContract(input.Kind, input.StartOn!.Value, input.EndOn, input.ProbationEndOn, Now);
        await uow.SaveChangesAsync(ct);
        return contract.ToDto();
    }

    public async Task<IReadOnlyList<WorkerEventDto>> GetHistoryAsync(Guid id, CancellationToken ct = default) =>
        (await workers.GetAsync(id, ct)).HistoryDto();

    public async Task<IReadOnlyList<WorkerContractDto>> GetContractsAsync(Guid id, CancellationToken ct = default) =>
        (await workers.GetAsync(id, ct)).ContractsDto();

    public async Task<WorkerPersonalDataDto> RevealPersonalDataAsync(Guid id, CancellationToken ct = default)
    {
        if (!currentUser.HasPermission(GridStaffPermissions.Workers.RevealPersonalData))
            throw new UnauthorizedAccessException("Revealing personal data needs its own permission.");
        var worker = await workers.GetAsync(id, ct);
        var revealed = new WorkerPersonalDataDto(worker.Id, protector.Unprotect(worker.IdNumberCipher),
            worker.PhoneCipher is null ? null : protector.Unprotect(worker.PhoneCipher));
        await auditEntries.InsertAsync(new AuditEntry(Guid.CreateVersion7(), Now, currentUser.Id, currentUser.UserName, nameof(Worker), worker.Id,
            AuditChangeKind.PersonalDataRevealed, JsonSerializer.Serialize(new { fields = new[] { "IdNumber", "Phone" } })), ct);
        await uow.SaveChangesAsync(ct);
        logger.LogInformation("User {UserId} revealed the personal data of worker {WorkerId}", currentUser.Id, worker.Id);
        return revealed;
    }

    public async Task<IReadOnlyList<PostDto>> GetPostsAsync(Guid? streetId, CancellationToken ct = default) =>
        (await posts.GetForStreetAsync(streetId ?? currentUser.Scope.StreetId, ct)).Select(p => p.ToDto()).ToList();

    private async Task<WorkerDto> SaveAsync(Worker worker, CancellationToken ct)
    {
        await uow.SaveChangesAsync(ct);
        return worker.ToDto(Ages);
    }

    private async Task<Community> CommunityAsync(Guid id, CancellationToken ct) =>
        await communities.FindAsync(id, ct) ?? throw new BusinessException(GridStaffErrorCodes.ParentNotFound,
            "The community given in 'communityId' does not exist or is outside your scope.") { Field = "communityId" };

    private async Task<Post> PostAsync(Guid id, CancellationToken ct) =>
        await posts.FindAsync(id, ct) ?? throw new BusinessException(WorkerErrorCodes.PostNotFound,
            "The post given in 'postId' does not exist or is outside your scope.") { Field = "postId" };

    private async Task<IReadOnlyList<Grid>> GridsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = new List<Grid>();
        foreach (var id in ids.Distinct())
        {
            list.Add(await grids.FindAsync(id, ct) ?? throw new BusinessException(GridStaffErrorCodes.ParentNotFound,
                "A grid given in 'gridIds' does not exist or is outside your scope.") { Field = "gridIds" });
        }
        return list;
    }

    private static WorkerProfile Profile(WorkerProfileDto input) =>
        new(input.Name, input.Education, input.PoliticalStatus, input.Certificate, input.PriorYears);
}

public class MyWorkerAppService(IWorkerRepository workers, ICurrentUser currentUser, IOptions<WorkforceOptions> options) : IMyWorkerAppService
{
    public async Task<WorkerDto> GetAsync(CancellationToken ct = default) => (await MeAsync(ct)).ToDto(options.Value.RetirementAges);

    public async Task<IReadOnlyList<WorkerEventDto>> GetHistoryAsync(CancellationToken ct = default) => (await MeAsync(ct)).HistoryDto();

    public async Task<IReadOnlyList<WorkerContractDto>> GetContractsAsync(CancellationToken ct = default) => (await MeAsync(ct)).ContractsDto();

    /// <summary>Only a user linked to a worker record has one; the DataScope filter also limits the read to it.</summary>
    private async Task<Worker> MeAsync(CancellationToken ct) =>
        currentUser.Scope.WorkerId is { } id ? await workers.GetAsync(id, ct) : throw new EntityNotFoundException(typeof(Worker), null);
}
