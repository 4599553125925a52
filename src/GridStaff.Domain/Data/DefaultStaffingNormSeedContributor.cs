namespace GridStaff.Data;

using GridStaff.StaffingNorms;

/// <summary>The city-wide default staffing norms (DOMAIN.md §1), so the advice works before a street sets its own.</summary>
public class DefaultStaffingNormSeedContributor(IStaffingNormRepository norms, IUnitOfWork uow) : IDataSeedContributor
{
    public const string DocumentNumber = "GridStaff default (DOMAIN.md §1)";
    public static readonly DateOnly EffectiveFrom = new(2020, 1, 1);

    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if ((await norms.GetVersionsAsync(null, ct)).Count > 0) return;
        await norms.InsertAsync(new StaffingNorm(Guid.CreateVersion7(), null, EffectiveFrom, DocumentNumber, StaffingNormValues.Defaults), ct);
        await uow.SaveChangesAsync(ct);
    }
}
