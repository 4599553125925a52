namespace GridStaff.EntityFrameworkCore;

using GridStaff.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Shouldly;
using Xunit;

/// <summary>
/// The other tests build their schema from the model; these prove the provider's migrations build
/// the same schema from nothing and leave no model change behind.
/// </summary>
public class Migrations_Tests
{
    [Fact]
    public Task Should_Migrate_An_Empty_Database_To_The_Current_Model() => WithEmptyDatabaseAsync(AssertMigratesAsync);

    [Fact]
    public async Task Should_Keep_Every_Breakdown_When_It_Moves_To_A_Table_Of_Its_Own()
    {
        const string breakdown = """{"groups":[{"group":"Director","weight":100,"effectiveWeight":100,"sheets":1,"score":88.5}],"ratedScore":88.5}""";
        var resultId = Guid.NewGuid();
        await WithEmptyDatabaseAsync(async (provider, connectionString) =>
        {
            // The result stands alone (no cycle behind it): foreign keys are not checked in this database.
            if (provider == DatabaseProvider.Sqlite) connectionString += ";Foreign Keys=False";
            var options = GridStaffDatabase.Configure(new DbContextOptionsBuilder<GridStaffDbContext>(), provider, connectionString);
            await using (var db = new GridStaffDbContext((DbContextOptions<GridStaffDbContext>)options.Options, SystemCurrentUser.Instance))
                await db.GetService<IMigrator>().MigrateAsync("Assessment");

            // A result stored before the move.
            var id = provider == DatabaseProvider.Sqlite ? resultId.ToString().ToUpperInvariant() : resultId.ToString();
            var other = provider == DatabaseProvider.Sqlite ? Guid.NewGuid().ToString().ToUpperInvariant() : Guid.NewGuid().ToString();
            await ExecuteAsync(provider, connectionString, $"""
                INSERT INTO "AssessmentResults" ("Id", "CycleId", "StreetId", "CommunityId", "WorkerId", "HireDate", "Total", "TotalForSorting",
                  "ComputedGrade", "QuotaGrade", "GroupMissing", "QuotaDowngraded", "TieForHr", "PoolKey", "RankInCommunity", "RankInStreet",
                  "Breakdown", "ComputedAt", "CreationTime")
                VALUES ('{id}', '{other}', '{other}', '{other}', '{other}', '2020-01-01', 88.5, 88.5, 2, 2, FALSE, FALSE, FALSE, 'street', 1, 1,
                  '{breakdown}', '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')
                """);

            await using (var db = new GridStaffDbContext((DbContextOptions<GridStaffDbContext>)options.Options, SystemCurrentUser.Instance))
            {
                await db.Database.MigrateAsync();
                var result = await db.AssessmentResults.IgnoreQueryFilters().SingleAsync();
                (result.Id, result.Total, result.BreakdownJson).ShouldBe((resultId, 88.5m, breakdown));
                result.Breakdown.RatedScore.ShouldBe(88.5m);
            }
        });
    }

    private static async Task WithEmptyDatabaseAsync(Func<DatabaseProvider, string, Task> test)
    {
        if (TestDatabase.Provider == DatabaseProvider.PostgreSql)
        {
            var name = $"gridstaff_migrate_{Guid.NewGuid():N}";
            await ExecuteOnServerAsync($"CREATE DATABASE {name}");
            try { await test(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = name }.ToString()); }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"gridstaff-migrate-{Guid.NewGuid():N}.db");
            try { await test(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"); }
            finally { File.Delete(file); }
        }
    }

    /// <summary>Runs raw SQL with foreign keys unchecked (SQLite: by the connection string; PostgreSQL: replica role, the test server's superuser).</summary>
    private static async Task ExecuteAsync(DatabaseProvider provider, string connectionString, string sql)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new SqliteCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SET session_replication_role = replica; " + sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task AssertMigratesAsync(DatabaseProvider provider, string connectionString)
    {
        var options = GridStaffDatabase.Configure(new DbContextOptionsBuilder<GridStaffDbContext>(), provider, connectionString);
        await using var db = new GridStaffDbContext((DbContextOptions<GridStaffDbContext>)options.Options, SystemCurrentUser.Instance);

        (await db.Database.GetPendingMigrationsAsync()).ShouldNotBeEmpty();
        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        (await db.Grids.CountAsync()).ShouldBe(0);
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        var cs = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = "postgres" }.ToString();
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
