namespace GridStaff.Workers;

/// <summary>A labour contract of the worker. Signed through <see cref="Worker.SignContract"/>.</summary>
public class WorkerContract : Entity
{
    public Guid WorkerId { get; private set; }
    public int Sequence { get; private set; }
    public ContractKind Kind { get; private set; }
    public DateOnly StartOn { get; private set; }

    /// <summary>Last day of a fixed term; null for an open-ended contract.</summary>
    public DateOnly? EndOn { get; private set; }

    /// <summary>Last day of probation, if any.</summary>
    public DateOnly? ProbationEndOn { get; private set; }

    private WorkerContract() { }

    internal WorkerContract(Guid id, Guid workerId, int sequence, ContractKind kind, DateOnly startOn, DateOnly? endOn, DateOnly? probationEndOn) : base(id)
    {
        WorkerId = workerId;
        Sequence = sequence;
        Kind = kind;
        StartOn = startOn;
        EndOn = endOn;
        ProbationEndOn = probationEndOn;
    }
}

/// <summary>
/// Statutory limits of 劳动合同法 §19: a term under 3 months carries no probation; under 1 year at
/// most 1 month; 1 to under 3 years at most 2 months; 3 years or more, or open-ended, at most 6 months.
/// </summary>
public static class ContractRules
{
    public static int MaxProbationMonths(ContractKind kind, DateOnly startOn, DateOnly? endOn)
    {
        if (kind == ContractKind.OpenEnded) return 6;
        var end = endOn!.Value;
        if (!TermAtLeast(startOn, end, months: 3)) return 0;
        if (!TermAtLeast(startOn, end, months: 12)) return 1;
        if (!TermAtLeast(startOn, end, months: 36)) return 2;
        return 6;
    }

    public static void Validate(ContractKind kind, DateOnly startOn, DateOnly? endOn, DateOnly? probationEndOn)
    {
        if (kind == ContractKind.FixedTerm && (endOn is null || endOn < startOn))
            throw new BusinessException(WorkerErrorCodes.InvalidContractTerm, "A fixed-term contract needs an end date on or after its start.") { Field = "endOn" };
        if (kind == ContractKind.OpenEnded && endOn is not null)
            throw new BusinessException(WorkerErrorCodes.InvalidContractTerm, "An open-ended contract has no end date.") { Field = "endOn" };
        if (probationEndOn is not { } probationEnd) return;

        var months = MaxProbationMonths(kind, startOn, endOn);
        var latest = startOn.AddMonths(months).AddDays(-1);
        if (probationEnd < startOn || probationEnd > latest || (endOn is { } end && probationEnd > end))
            throw new BusinessException(WorkerErrorCodes.ProbationTooLong, months == 0
                ? "A contract shorter than 3 months may not carry a probation period."
                : $"Probation for this term may last at most {months} month(s): until {latest:yyyy-MM-dd}.") { Field = "probationEndOn" };
    }

    /// <summary>True when the term from start to end (last day inclusive) lasts at least the given months.</summary>
    public static bool TermAtLeast(DateOnly startOn, DateOnly endOn, int months) => endOn.AddDays(1) >= startOn.AddMonths(months);
}
