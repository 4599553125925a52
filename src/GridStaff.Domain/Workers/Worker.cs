namespace GridStaff.Workers;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.Posts;
using Microsoft.AspNetCore.Identity;

/// <summary>
/// A member of the community workers' corps (DOMAIN.md §2). The street employs them; the community
/// uses them. Community, grids, post, grade and status are what the effective-dated, append-only
/// history says: every verb appends an entry and the state is replayed from the whole history, so a
/// back-dated entry is accepted only when every later entry still holds after it.
/// </summary>
public class Worker : AuditedAggregateRoot, ISoftDelete, ICommunityScoped
{
    private readonly List<WorkerEvent> _events = [];
    private readonly List<WorkerContract> _contracts = [];
    private readonly List<WorkerGridAssignment> _grids = [];

    /// <summary>The employing street. A worker never leaves it: moving streets is an exit and a new hire.</summary>
    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    public string Name { get; private set; } = null!;
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }

    [PersonalData] public string IdNumberCipher { get; private set; } = null!;
    public string IdNumberHash { get; private set; } = null!;
    public string IdNumberMasked { get; private set; } = null!;
    [PersonalData] public string? PhoneCipher { get; private set; }
    public string? PhoneHash { get; private set; }
    public string? PhoneMasked { get; private set; }

    public Education Education { get; private set; }
    public PoliticalStatus PoliticalStatus { get; private set; }
    public SocialWorkCertificate Certificate { get; private set; }
    public WorkerKind Kind { get; private set; }
    public Guid PostId { get; private set; }
    public int Grade { get; private set; }
    public DateOnly HireDate { get; private set; }

    /// <summary>Years of community work before this hire; they count towards the entry grade.</summary>
    public int PriorYears { get; private set; }
    public WorkerStatus Status { get; private set; }
    public DateOnly? ProbationEndOn { get; private set; }
    public ExitReason? ExitReason { get; private set; }
    public DateOnly? ExitDate { get; private set; }

    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    public IReadOnlyCollection<WorkerEvent> Events => _events;
    public IReadOnlyCollection<WorkerContract> Contracts => _contracts;
    public IReadOnlyCollection<WorkerGridAssignment> Grids => _grids;
    public IReadOnlyList<Guid> GridIds => _grids.Select(g => g.GridId).Order().ToList();

    private Worker() { }

    /// <summary>Use <see cref="WorkerManager.HireAsync"/>: the ID number must be unique and the grids must have room.</summary>
    internal Worker(Guid id, Community community, WorkerProfile profile, ResidentIdNumber idNumber, ProtectedValue protectedId,
        ProtectedValue? phone, WorkerKind kind, Post post, int grade, IReadOnlyList<Grid> grids, DateOnly hireDate, bool onProbation,
        DateTime recordedAt) : base(id)
    {
        StreetId = community.StreetId;
        CommunityId = community.Id;
        Gender = idNumber.Gender;
        BirthDate = idNumber.BirthDate;
        (IdNumberCipher, IdNumberHash, IdNumberMasked) = (protectedId.Cipher, protectedId.Hash, protectedId.Masked);
        ChangePhone(phone);
        UpdateProfile(profile);
        Kind = kind;
        HireDate = hireDate;
        EnsureGridsIn(community, grids);
        if (!post.Band.Contains(grade)) throw GradeOutside(post, grade);
        Append(new WorkerEvent(this, WorkerEventKind.Hire, hireDate, recordedAt)
        {
            CommunityId = community.Id, GridIdList = grids.Select(g => g.Id).ToList(), Probation = onProbation,
            PostId = post.Id, PostMinGrade = post.MinGrade, PostMaxGrade = post.MaxGrade, Grade = grade,
        });
    }

    public Worker UpdateProfile(WorkerProfile profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Name, "name");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(profile.Name.Trim().Length, WorkerConsts.MaxNameLength, "name");
        ArgumentOutOfRangeException.ThrowIfNegative(profile.PriorYears, "priorYears");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(profile.PriorYears, WorkerConsts.MaxPriorYears, "priorYears");
        Name = profile.Name.Trim();
        Education = profile.Education;
        PoliticalStatus = profile.PoliticalStatus;
        Certificate = profile.Certificate;
        PriorYears = profile.PriorYears;
        return this;
    }

    public Worker ChangePhone(ProtectedValue? phone)
    {
        (PhoneCipher, PhoneHash, PhoneMasked) = (phone?.Cipher, phone?.Hash, phone?.Masked);
        return this;
    }

    /// <summary>Community and/or grids change; only inside the employing street. Grid room is the manager's check.</summary>
    internal WorkerEvent TransferTo(Community community, IReadOnlyList<Grid> grids, DateOnly effectiveOn, DateTime recordedAt, string? note = null)
    {
        if (community.StreetId != StreetId)
            throw new BusinessException(WorkerErrorCodes.TransferOutsideStreet,
                "A worker can only be transferred within the employing street; moving to another street is an exit and a new hire.") { Field = "communityId" };
        EnsureGridsIn(community, grids);
        return Append(new WorkerEvent(this, WorkerEventKind.Transfer, effectiveOn, recordedAt)
        {
            CommunityId = community.Id, GridIdList = grids.Select(g => g.Id).ToList(), Note = note,
        });
    }

    /// <summary>A change of post re-slots the grade into the new post's band.</summary>
    public WorkerEvent ChangePost(Post post, int grade, DateOnly effectiveOn, DateTime recordedAt, string? note = null)
    {
        if (post.StreetId is { } street && street != StreetId)
            throw new BusinessException(WorkerErrorCodes.PostNotFound, "The post belongs to another street.") { Field = "postId" };
        if (!post.Band.Contains(grade)) throw GradeOutside(post, grade);
        return Append(new WorkerEvent(this, WorkerEventKind.PostChange, effectiveOn, recordedAt)
        {
            PostId = post.Id, PostMinGrade = post.MinGrade, PostMaxGrade = post.MaxGrade, Grade = grade, Note = note,
        });
    }

    public WorkerEvent ChangeGrade(int grade, DateOnly effectiveOn, DateTime recordedAt, string? note = null) =>
        Append(new WorkerEvent(this, WorkerEventKind.GradeChange, effectiveOn, recordedAt) { Grade = grade, Note = note });

    public WorkerEvent PassProbation(DateOnly effectiveOn, DateTime recordedAt) =>
        Append(new WorkerEvent(this, WorkerEventKind.ProbationPassed, effectiveOn, recordedAt));

    public WorkerEvent Suspend(DateOnly effectiveOn, DateTime recordedAt, string? note = null) =>
        Append(new WorkerEvent(this, WorkerEventKind.Suspension, effectiveOn, recordedAt) { Note = note });

    public WorkerEvent Reinstate(DateOnly effectiveOn, DateTime recordedAt, string? note = null) =>
        Append(new WorkerEvent(this, WorkerEventKind.Reinstatement, effectiveOn, recordedAt) { Note = note });

    public WorkerEvent Exit(ExitReason reason, DateOnly effectiveOn, DateTime recordedAt, string? note = null) =>
        Append(new WorkerEvent(this, WorkerEventKind.Exit, effectiveOn, recordedAt) { ExitReason = reason, Note = note });

    /// <summary>
    /// Signs the first contract or renews: probation within the statutory limit for the term, only on
    /// the first contract, and no overlap with an earlier contract. Appends ContractSigned/ContractRenewed.
    /// </summary>
    public WorkerContract SignContract(ContractKind kind, DateOnly startOn, DateOnly? endOn, DateOnly? probationEndOn, DateTime recordedAt)
    {
        ContractRules.Validate(kind, startOn, endOn, probationEndOn);
        if (probationEndOn is not null && _contracts.Count > 0)
            throw new BusinessException(WorkerErrorCodes.ProbationTooLong, "Only the first contract with an employer may carry a probation period.") { Field = "probationEndOn" };
        var overlapping = _contracts.FirstOrDefault(c => c.StartOn <= (endOn ?? DateOnly.MaxValue) && startOn <= (c.EndOn ?? DateOnly.MaxValue));
        if (overlapping is not null)
            throw new BusinessException(WorkerErrorCodes.ContractOverlap, $"The contract overlaps contract no. {overlapping.Sequence} ({overlapping.StartOn:yyyy-MM-dd}–{overlapping.EndOn:yyyy-MM-dd}).") { Field = "startOn" };

        var contract = new WorkerContract(Guid.CreateVersion7(), Id, _contracts.Count + 1, kind, startOn, endOn, probationEndOn);
        Append(new WorkerEvent(this, _contracts.Count == 0 ? WorkerEventKind.ContractSigned : WorkerEventKind.ContractRenewed, startOn, recordedAt)
        {
            ContractId = contract.Id,
        });
        _contracts.Add(contract);
        if (probationEndOn is not null) ProbationEndOn = probationEndOn;
        return contract;
    }

    public WorkerContract? CurrentContract => _contracts.MaxBy(c => c.StartOn);

    /// <summary>Two consecutive fixed-term contracts signed: the next one must be open-ended if the worker asks (劳动合同法 §14).</summary>
    public bool OpenEndedContractDue =>
        Status != WorkerStatus.Exited && _contracts.Count >= 2
        && _contracts.OrderByDescending(c => c.StartOn).Take(2).All(c => c.Kind == ContractKind.FixedTerm);

    public DateOnly RetirementDate(RetirementAges ages) => BirthDate.AddYears(Gender == Gender.Male ? ages.Male : ages.Female);

    /// <summary>The current contract runs to (or past) the statutory retirement date, where it ends.</summary>
    public bool RetirementEndsContract(RetirementAges ages) =>
        CurrentContract is { } c && Status != WorkerStatus.Exited && (c.EndOn ?? DateOnly.MaxValue) >= RetirementDate(ages);

    private WorkerEvent Append(WorkerEvent entry)
    {
        if (_events.Count > 0 && entry.EffectiveOn < HireDate)
            throw new BusinessException(WorkerErrorCodes.BeforeHire, $"Nothing can take effect before the hire date {HireDate:yyyy-MM-dd}.") { Field = "effectiveOn" };

        var ordered = _events.Append(entry).OrderBy(e => e.EffectiveOn).ThenBy(e => e.Sequence).ToList();
        var state = new WorkerHistoryState();
        foreach (var e in ordered)
        {
            if (state.Apply(e) is not { } error) continue;
            if (ReferenceEquals(e, entry))
                throw new BusinessException(WorkerErrorCodes.IllegalTransition, error) { Field = "effectiveOn" };
            throw new BusinessException(WorkerErrorCodes.HistoryContradiction,
                $"A {entry.Kind} effective {entry.EffectiveOn:yyyy-MM-dd} contradicts the later {e.Kind} of {e.EffectiveOn:yyyy-MM-dd}: {error}") { Field = "effectiveOn" };
        }

        _events.Add(entry);
        Status = state.Status;
        CommunityId = state.CommunityId;
        PostId = state.PostId;
        Grade = state.Grade;
        ExitReason = state.ExitReason;
        ExitDate = state.ExitDate;
        _grids.RemoveAll(g => !state.GridIds.Contains(g.GridId));
        foreach (var gridId in state.GridIds.Where(id => _grids.All(g => g.GridId != id)))
            _grids.Add(new WorkerGridAssignment(Id, gridId));
        return entry;
    }

    private static void EnsureGridsIn(Community community, IReadOnlyList<Grid> grids)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(grids.Count, WorkerConsts.MaxGridsPerWorker, "gridIds");
        if (grids.Any(g => g.CommunityId != community.Id))
            throw new BusinessException(WorkerErrorCodes.GridNotInCommunity, "Every assigned grid must belong to the worker's community.") { Field = "gridIds" };
    }

    private static BusinessException GradeOutside(Post post, int grade) =>
        new(WorkerErrorCodes.GradeOutsidePostBand, $"Grade {grade} is outside the band {post.MinGrade}–{post.MaxGrade} of post {post.Name}.") { Field = "grade" };
}

/// <summary>The profile fields that are not history: they are corrected, not "effective from".</summary>
public sealed record WorkerProfile(
    string Name, Education Education, PoliticalStatus PoliticalStatus, SocialWorkCertificate Certificate, int PriorYears);

/// <summary>Statutory retirement ages (a contract ends there).</summary>
public sealed record RetirementAges(int Male, int Female);

/// <summary>Workforce settings of the installation ("Workforce" section); the defaults are the pre-2025 statutory ages.</summary>
public class WorkforceOptions
{
    public const string SectionName = "Workforce";
    public int MaleRetirementAge { get; set; } = 60;
    public int FemaleRetirementAge { get; set; } = 55;
    public RetirementAges RetirementAges => new(MaleRetirementAge, FemaleRetirementAge);
}

/// <summary>A grid the worker currently serves; rebuilt from the history.</summary>
public class WorkerGridAssignment
{
    public Guid WorkerId { get; private set; }
    public Guid GridId { get; private set; }

    private WorkerGridAssignment() { }

    internal WorkerGridAssignment(Guid workerId, Guid gridId) => (WorkerId, GridId) = (workerId, gridId);
}
