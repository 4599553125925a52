namespace GridStaff.EntityFrameworkCore;

using GridStaff.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
    public async Task Should_Migrate_An_Empty_Database_To_The_Current_Model()
    {
        if (TestDatabase.Provider == DatabaseProvider.PostgreSql)
        {
            var name = $"gridstaff_migrate_{Guid.NewGuid():N}";
            await ExecuteOnServerAsync($"CREATE DATABASE {name}");
            try
            {
                var cs = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = name }.ToString();
                await AssertMigratesAsync(DatabaseProvider.PostgreSql, cs);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"gridstaff-migrate-{Guid.NewGuid():N}.db");
            try { await AssertMigratesAsync(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"); }
            finally { File.Delete(file); }
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
