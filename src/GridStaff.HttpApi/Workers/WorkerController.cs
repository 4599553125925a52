namespace GridStaff.Workers;

using GridStaff.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController, Route("api/app/worker")]
public class WorkerController(IWorkerAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(GridStaffPermissions.Workers.Default)]
    public Task<WorkerDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(GridStaffPermissions.Workers.Default)]
    public Task<PagedResultDto<WorkerListItemDto>> GetListAsync([FromQuery] GetWorkerListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(GridStaffPermissions.Workers.Create)]
    public Task<WorkerDto> CreateAsync(CreateWorkerDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPut("{id:guid}"), Authorize(GridStaffPermissions.Workers.Update)]
    public Task<WorkerDto> UpdateAsync(Guid id, UpdateWorkerDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/transfer"), Authorize(GridStaffPermissions.Workers.Transfer)]
    public Task<WorkerDto> TransferAsync(Guid id, TransferWorkerDto input, CancellationToken ct) => service.TransferAsync(id, input, ct);

    [HttpPost("{id:guid}/post"), Authorize(GridStaffPermissions.Workers.ChangePost)]
    public Task<WorkerDto> ChangePostAsync(Guid id, ChangeWorkerPostDto input, CancellationToken ct) => service.ChangePostAsync(id, input, ct);

    [HttpPost("{id:guid}/grade"), Authorize(GridStaffPermissions.Workers.ChangePost)]
    public Task<WorkerDto> ChangeGradeAsync(Guid id, ChangeWorkerGradeDto input, CancellationToken ct) => service.ChangeGradeAsync(id, input, ct);

    [HttpPost("{id:guid}/pass-probation"), Authorize(GridStaffPermissions.Workers.Update)]
    public Task<WorkerDto> PassProbationAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct) => service.PassProbationAsync(id, input, ct);

    [HttpPost("{id:guid}/suspend"), Authorize(GridStaffPermissions.Workers.Exit)]
    public Task<WorkerDto> SuspendAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct) => service.SuspendAsync(id, input, ct);

    [HttpPost("{id:guid}/reinstate"), Authorize(GridStaffPermissions.Workers.Exit)]
    public Task<WorkerDto> ReinstateAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct) => service.ReinstateAsync(id, input, ct);

    [HttpPost("{id:guid}/exit"), Authorize(GridStaffPermissions.Workers.Exit)]
    public Task<WorkerDto> ExitAsync(Guid id, ExitWorkerDto input, CancellationToken ct) => service.ExitAsync(id, input, ct);

    [HttpGet("{id:guid}/history"), Authorize(GridStaffPermissions.Workers.Default)]
    public Task<IReadOnlyList<WorkerEventDto>> GetHistoryAsync(Guid id, CancellationToken ct) => service.GetHistoryAsync(id, ct);

    [HttpGet("{id:guid}/contracts"), Authorize(GridStaffPermissions.Workers.Default)]
    public Task<IReadOnlyList<WorkerContractDto>> GetContractsAsync(Guid id, CancellationToken ct) => service.GetContractsAsync(id, ct);

    [HttpPost("{id:guid}/contracts"), Authorize(GridStaffPermissions.Workers.Contracts)]
    public Task<WorkerContractDto> SignContractAsync(Guid id, SignContractDto input, CancellationToken ct) => service.SignContractAsync(id, input, ct);

    /// <summary>The clear ID number and phone. Audited: who, whom, when.</summary>
    [HttpPost("{id:guid}/reveal-personal-data"), Authorize(GridStaffPermissions.Workers.RevealPersonalData)]
    public Task<WorkerPersonalDataDto> RevealPersonalDataAsync(Guid id, CancellationToken ct) => service.RevealPersonalDataAsync(id, ct);

    [HttpGet("posts"), Authorize(GridStaffPermissions.Posts.Default)]
    public Task<IReadOnlyList<PostDto>> GetPostsAsync([FromQuery] Guid? streetId, CancellationToken ct) => service.GetPostsAsync(streetId, ct);
}

/// <summary>The signed-in worker's own record, history and contracts.</summary>
[ApiController, Route("api/app/my/worker"), Authorize]
public class MyWorkerController(IMyWorkerAppService service) : ControllerBase
{
    [HttpGet]
    public Task<WorkerDto> GetAsync(CancellationToken ct) => service.GetAsync(ct);

    [HttpGet("history")]
    public Task<IReadOnlyList<WorkerEventDto>> GetHistoryAsync(CancellationToken ct) => service.GetHistoryAsync(ct);

    [HttpGet("contracts")]
    public Task<IReadOnlyList<WorkerContractDto>> GetContractsAsync(CancellationToken ct) => service.GetContractsAsync(ct);
}
