namespace GridStaff.Workers;

using System.ComponentModel.DataAnnotations;

/// <summary>A worker as the register shows them: ID number and phone masked, always.</summary>
public sealed record WorkerDto(
    Guid Id, Guid StreetId, Guid CommunityId, string Name, Gender Gender, DateOnly BirthDate,
    string IdNumberMasked, string? PhoneMasked, Education Education, PoliticalStatus PoliticalStatus,
    SocialWorkCertificate Certificate, WorkerKind Kind, Guid PostId, int Grade, DateOnly HireDate, int PriorYears,
    WorkerStatus Status, DateOnly? ProbationEndOn, ExitReason? ExitReason, DateOnly? ExitDate, IReadOnlyList<Guid> GridIds)
{
    /// <summary>Two consecutive fixed-term contracts signed: the next one is open-ended if the worker asks.</summary>
    public bool OpenEndedContractDue { get; init; }

    public DateOnly RetirementDate { get; init; }

    /// <summary>The current contract reaches the statutory retirement date, where it ends.</summary>
    public bool RetirementEndsContract { get; init; }
}

/// <summary>One line of a worker list (no history or contracts).</summary>
public sealed record WorkerListItemDto(
    Guid Id, Guid StreetId, Guid CommunityId, string Name, Gender Gender, DateOnly BirthDate,
    string IdNumberMasked, string? PhoneMasked, WorkerKind Kind, Guid PostId, int Grade, DateOnly HireDate,
    WorkerStatus Status, IReadOnlyList<Guid> GridIds);

public sealed record WorkerEventDto(
    Guid Id, int Sequence, WorkerEventKind Kind, DateOnly EffectiveOn, DateTime RecordedAt,
    Guid? CommunityId, IReadOnlyList<Guid>? GridIds, bool? Probation, Guid? PostId, int? Grade, Guid? ContractId,
    ExitReason? ExitReason, string? Note);

public sealed record WorkerContractDto(
    Guid Id, int Sequence, ContractKind Kind, DateOnly StartOn, DateOnly? EndOn, DateOnly? ProbationEndOn);

/// <summary>The clear values, for someone holding GridStaff.Workers.RevealPersonalData; every reveal is audited.</summary>
public sealed record WorkerPersonalDataDto(Guid WorkerId, string IdNumber, string? Phone);

public sealed record PostDto(Guid Id, Guid? StreetId, string Code, string Name, int MinGrade, int MaxGrade, int SortOrder);

public class GetWorkerListDto : PagedAndSortedResultRequestDto
{
    public Guid? StreetId { get; set; }
    public Guid? CommunityId { get; set; }
    public Guid? GridId { get; set; }
    public Guid? PostId { get; set; }
    public WorkerKind? Kind { get; set; }
    public WorkerStatus? Status { get; set; }

    [StringLength(WorkerConsts.MaxNameLength)]
    public string? Filter { get; set; }

    /// <summary>Exact search by a full ID number (matched by its keyed hash, never stored or logged in clear).</summary>
    [StringLength(WorkerConsts.IdNumberLength)]
    public string? IdNumber { get; set; }
}

/// <summary>The profile: corrected in place, not effective-dated.</summary>
public class WorkerProfileDto
{
    [Required, StringLength(WorkerConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [StringLength(WorkerConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    public Education Education { get; set; } = Education.JuniorCollege;
    public PoliticalStatus PoliticalStatus { get; set; } = PoliticalStatus.Masses;
    public SocialWorkCertificate Certificate { get; set; }

    [Range(0, WorkerConsts.MaxPriorYears)]
    public int PriorYears { get; set; }
}

public class CreateWorkerDto : WorkerProfileDto
{
    [Required, StringLength(WorkerConsts.IdNumberLength, MinimumLength = WorkerConsts.IdNumberLength)]
    public string IdNumber { get; set; } = "";

    /// <summary>Optional; when given it must agree with the ID number.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>Optional; when given it must agree with the ID number.</summary>
    public Gender? Gender { get; set; }

    public WorkerKind Kind { get; set; } = WorkerKind.FullTimeGridWorker;

    [Required]
    public Guid? CommunityId { get; set; }

    [MaxLength(WorkerConsts.MaxGridsPerWorker)]
    public List<Guid> GridIds { get; set; } = [];

    [Required]
    public Guid? PostId { get; set; }

    [Range(WorkerConsts.MinGrade, WorkerConsts.MaxGrade)]
    public int Grade { get; set; } = 1;

    [Required]
    public DateOnly? HireDate { get; set; }

    public bool OnProbation { get; set; } = true;

    /// <summary>The first contract, signed with the hire (optional).</summary>
    public SignContractDto? Contract { get; set; }
}

public class UpdateWorkerDto : WorkerProfileDto;

public abstract class EffectiveDatedDto
{
    [Required]
    public DateOnly? EffectiveOn { get; set; }

    [StringLength(WorkerConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

public class TransferWorkerDto : EffectiveDatedDto
{
    [Required]
    public Guid? CommunityId { get; set; }

    [MaxLength(WorkerConsts.MaxGridsPerWorker)]
    public List<Guid> GridIds { get; set; } = [];
}

public class ChangeWorkerPostDto : EffectiveDatedDto
{
    [Required]
    public Guid? PostId { get; set; }

    [Range(WorkerConsts.MinGrade, WorkerConsts.MaxGrade)]
    public int Grade { get; set; }
}

public class ChangeWorkerGradeDto : EffectiveDatedDto
{
    [Range(WorkerConsts.MinGrade, WorkerConsts.MaxGrade)]
    public int Grade { get; set; }
}

/// <summary>Probation passed, suspension, reinstatement: a date and an optional note.</summary>
public class WorkerStatusChangeDto : EffectiveDatedDto;

public class ExitWorkerDto : EffectiveDatedDto
{
    [Required]
    public ExitReason? Reason { get; set; }
}

public class SignContractDto
{
    public ContractKind Kind { get; set; } = ContractKind.FixedTerm;

    [Required]
    public DateOnly? StartOn { get; set; }

    /// <summary>Last day of a fixed term; empty for an open-ended contract.</summary>
    public DateOnly? EndOn { get; set; }

    /// <summary>Last day of probation, if any (first contract only).</summary>
    public DateOnly? ProbationEndOn { get; set; }
}

public interface IWorkerAppService
{
    Task<WorkerDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<WorkerListItemDto>> GetListAsync(GetWorkerListDto input, CancellationToken ct = default);
    Task<WorkerDto> CreateAsync(CreateWorkerDto input, CancellationToken ct = default);
    Task<WorkerDto> UpdateAsync(Guid id, UpdateWorkerDto input, CancellationToken ct = default);
    Task<WorkerDto> TransferAsync(Guid id, TransferWorkerDto input, CancellationToken ct = default);
    Task<WorkerDto> ChangePostAsync(Guid id, ChangeWorkerPostDto input, CancellationToken ct = default);
    Task<WorkerDto> ChangeGradeAsync(Guid id, ChangeWorkerGradeDto input, CancellationToken ct = default);
    Task<WorkerDto> PassProbationAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct = default);
    Task<WorkerDto> SuspendAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct = default);
    Task<WorkerDto> ReinstateAsync(Guid id, WorkerStatusChangeDto input, CancellationToken ct = default);
    Task<WorkerDto> ExitAsync(Guid id, ExitWorkerDto input, CancellationToken ct = default);
    Task<WorkerContractDto> SignContractAsync(Guid id, SignContractDto input, CancellationToken ct = default);
    Task<IReadOnlyList<WorkerEventDto>> GetHistoryAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<WorkerContractDto>> GetContractsAsync(Guid id, CancellationToken ct = default);

    /// <summary>The clear ID number and phone; writes an audit entry (who, whom, when).</summary>
    Task<WorkerPersonalDataDto> RevealPersonalDataAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<PostDto>> GetPostsAsync(Guid? streetId, CancellationToken ct = default);
}

/// <summary>The signed-in worker's own record.</summary>
public interface IMyWorkerAppService
{
    Task<WorkerDto> GetAsync(CancellationToken ct = default);
    Task<IReadOnlyList<WorkerEventDto>> GetHistoryAsync(CancellationToken ct = default);
    Task<IReadOnlyList<WorkerContractDto>> GetContractsAsync(CancellationToken ct = default);
}
