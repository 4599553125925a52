namespace GridStaff.Data;

/// <summary>Seeds one kind of data. Must be idempotent: seeding twice changes nothing the second time.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first (roles before users before demo data).</summary>
    int Order { get; }

    Task SeedAsync(DataSeedContext context, CancellationToken ct = default);
}

/// <param name="IncludeDemoData">Demo organisation and users; only for demo and development environments.</param>
/// <param name="AdminPassword">Creates the first "admin" user with this password if there is none (production set-up).</param>
public sealed record DataSeedContext(bool IncludeDemoData, string? AdminPassword = null);

/// <summary>Runs every registered contributor in order. The Host, the DbMigrator and the tests call it.</summary>
public class DataSeeder(IEnumerable<IDataSeedContributor> contributors)
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(context, ct);
        }
    }
}
