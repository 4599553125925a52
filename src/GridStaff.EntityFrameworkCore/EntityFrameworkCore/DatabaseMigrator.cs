namespace GridStaff.EntityFrameworkCore;

using GridStaff.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>Applies the provider's migrations, then runs the seed contributors. Used by the DbMigrator and the demo Host.</summary>
public class DatabaseMigrator(GridStaffDbContext db, DataSeeder seeder, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAndSeedAsync(DataSeedContext seed, CancellationToken ct = default)
    {
        EnsureSqliteFolder();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
        await db.Database.MigrateAsync(ct);
        await seeder.SeedAsync(seed, ct);
        logger.LogInformation("Seeded (demo data: {Demo})", seed.IncludeDemoData);
    }

    /// <summary>SQLite creates the file but not its folder.</summary>
    private void EnsureSqliteFolder()
    {
        if (!db.Database.IsSqlite()) return;
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (dataSource != ":memory:" && !string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
