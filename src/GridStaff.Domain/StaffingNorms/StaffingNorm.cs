namespace GridStaff.StaffingNorms;

/// <summary>
/// One version of the staffing norms (DOMAIN.md §1). Versions are append-only: a street (or the
/// city default, StreetId null) adds a new version with its effective date and document number
/// (文号); the one in force on a date is the latest that started on or before it.
/// </summary>
public class StaffingNorm : AuditedAggregateRoot
{
    public const int MaxDocumentNumberLength = 64;

    /// <summary>Null for the city-wide default that streets without their own norms use.</summary>
    public Guid? StreetId { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string DocumentNumber { get; private set; } = null!;
    public int GridHouseholdsMin { get; private set; }
    public int GridHouseholdsMax { get; private set; }
    public int MicroGridHouseholdsMin { get; private set; }
    public int MicroGridHouseholdsMax { get; private set; }

    /// <summary>One community worker per this many households (a range: 250–400 by default).</summary>
    public int HouseholdsPerWorkerMin { get; private set; }
    public int HouseholdsPerWorkerMax { get; private set; }
    public int MaxWorkersPerCommunity { get; private set; }
    public int FullTimeWorkersPerGrid { get; private set; }

    private StaffingNorm() { }

    public StaffingNorm(Guid id, Guid? streetId, DateOnly effectiveFrom, string documentNumber, StaffingNormValues values) : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(documentNumber.Length, MaxDocumentNumberLength, nameof(documentNumber));
        values.Validate();
        StreetId = streetId;
        EffectiveFrom = effectiveFrom;
        DocumentNumber = documentNumber.Trim();
        (GridHouseholdsMin, GridHouseholdsMax) = (values.GridHouseholdsMin, values.GridHouseholdsMax);
        (MicroGridHouseholdsMin, MicroGridHouseholdsMax) = (values.MicroGridHouseholdsMin, values.MicroGridHouseholdsMax);
        (HouseholdsPerWorkerMin, HouseholdsPerWorkerMax) = (values.HouseholdsPerWorkerMin, values.HouseholdsPerWorkerMax);
        MaxWorkersPerCommunity = values.MaxWorkersPerCommunity;
        FullTimeWorkersPerGrid = values.FullTimeWorkersPerGrid;
    }

    public StaffingNormValues Values => new(
        GridHouseholdsMin, GridHouseholdsMax, MicroGridHouseholdsMin, MicroGridHouseholdsMax,
        HouseholdsPerWorkerMin, HouseholdsPerWorkerMax, MaxWorkersPerCommunity, FullTimeWorkersPerGrid);
}

/// <summary>The numbers of a norm version; <see cref="Defaults"/> are DOMAIN.md's.</summary>
public sealed record StaffingNormValues(
    int GridHouseholdsMin, int GridHouseholdsMax,
    int MicroGridHouseholdsMin, int MicroGridHouseholdsMax,
    int HouseholdsPerWorkerMin, int HouseholdsPerWorkerMax,
    int MaxWorkersPerCommunity, int FullTimeWorkersPerGrid)
{
    public static readonly StaffingNormValues Defaults = new(300, 500, 50, 80, 250, 400, 17, 1);

    public void Validate()
    {
        Range(GridHouseholdsMin, GridHouseholdsMax, "gridHouseholds");
        Range(MicroGridHouseholdsMin, MicroGridHouseholdsMax, "microGridHouseholds");
        Range(HouseholdsPerWorkerMin, HouseholdsPerWorkerMax, "householdsPerWorker");
        if (MaxWorkersPerCommunity < 1) throw Invalid("maxWorkersPerCommunity", "must be at least 1");
        if (FullTimeWorkersPerGrid < 1) throw Invalid("fullTimeWorkersPerGrid", "must be at least 1");
    }

    private static void Range(int min, int max, string field)
    {
        if (min < 1) throw Invalid(field + "Min", "must be at least 1");
        if (max < min) throw Invalid(field + "Max", "must not be below the minimum");
    }

    private static BusinessException Invalid(string field, string why) =>
        new(GridStaffErrorCodes.InvalidNormRange, $"{field} {why}.") { Field = field };
}

public interface IStaffingNormRepository : IRepository<StaffingNorm>
{
    /// <summary>The street's own version in force on the date, else the city default's; null if neither exists.</summary>
    Task<StaffingNorm?> FindInForceAsync(Guid streetId, DateOnly date, CancellationToken ct = default);

    /// <summary>Every version of a street (or of the default, streetId null), newest first.</summary>
    Task<IReadOnlyList<StaffingNorm>> GetVersionsAsync(Guid? streetId, CancellationToken ct = default);

    Task<bool> ExistsAsync(Guid? streetId, DateOnly effectiveFrom, CancellationToken ct = default);
}
