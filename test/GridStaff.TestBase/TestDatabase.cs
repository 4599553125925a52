namespace GridStaff;

using GridStaff.Data;
using GridStaff.EntityFrameworkCore;
using GridStaff.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// A fresh database per test, copied from a template that is built and seeded once per test run.
/// SQLite in memory by default; PostgreSQL when GRIDSTAFF_TEST_DB=PostgreSql (the test script
/// starts a throwaway server and sets GRIDSTAFF_TEST_PG).
/// The schema comes from the model (EnsureCreated); the migrations are checked by their own tests.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public static DatabaseProvider Provider { get; } =
        string.Equals(Environment.GetEnvironmentVariable("GRIDSTAFF_TEST_DB"), "PostgreSql", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    public static string PostgresServer { get; } =
        Environment.GetEnvironmentVariable("GRIDSTAFF_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres";

    public abstract void Configure(DbContextOptionsBuilder options);

    public abstract ValueTask DisposeAsync();

    public static async Task<TestDatabase> CreateAsync() =>
        Provider == DatabaseProvider.PostgreSql ? await PostgresTestDatabase.CreateCopyAsync() : await SqliteTestDatabase.CreateCopyAsync();

    /// <summary>Creates the schema and seeds roles, default norms and <see cref="TestData"/>.</summary>
    internal static async Task BuildTemplateAsync(Action<DbContextOptionsBuilder> configure)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICurrentUser>(SystemCurrentUser.Instance)
            .AddGridStaffApplication()
            .AddGridStaffEntityFrameworkCore(configure)
            .AddScoped<IDataSeedContributor, TestDataSeedContributor>();
        services.Configure<GridStaff.Workers.PersonalDataOptions>(o => o.Key = GridStaff.Workers.PersonalDataOptions.DevelopmentKey);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GridStaffDbContext>().Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(IncludeDemoData: false));
    }
}

internal sealed class SqliteTestDatabase(SqliteConnection connection) : TestDatabase
{
    private static readonly Lazy<Task<SqliteConnection>> Template = new(async () =>
    {
        var template = new SqliteConnection("Data Source=:memory:");
        await template.OpenAsync();
        await BuildTemplateAsync(o => o.UseSqlite(template));
        return template;
    });

    private static readonly SemaphoreSlim CopyLock = new(1, 1);

    public static async Task<TestDatabase> CreateCopyAsync()
    {
        var template = await Template.Value;
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await CopyLock.WaitAsync();
        try { template.BackupDatabase(connection); }
        finally { CopyLock.Release(); }
        return new SqliteTestDatabase(connection);
    }

    public override void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite(connection);

    public override ValueTask DisposeAsync() => connection.DisposeAsync();
}

internal sealed class PostgresTestDatabase(string connectionString, string name) : TestDatabase
{
    private static readonly string TemplateName = $"gridstaff_template_{Environment.ProcessId}";
    private static readonly SemaphoreSlim CreateLock = new(1, 1);

    private static readonly Lazy<Task> Template = new(async () =>
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {TemplateName}");
        var templateConnection = ConnectionString(TemplateName);
        await BuildTemplateAsync(o => o.UseNpgsql(templateConnection));
        NpgsqlConnection.ClearAllPools();
    });

    public static async Task<TestDatabase> CreateCopyAsync()
    {
        await Template.Value;
        var name = $"gridstaff_test_{Guid.NewGuid():N}";
        await CreateLock.WaitAsync();
        try { await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName}"); }
        finally { CreateLock.Release(); }
        return new PostgresTestDatabase(ConnectionString(name), name);
    }

    public override void Configure(DbContextOptionsBuilder options) =>
        GridStaffDatabase.Configure(options, DatabaseProvider.PostgreSql, connectionString);

    public override async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database, IncludeErrorDetail = true }.ToString();

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
