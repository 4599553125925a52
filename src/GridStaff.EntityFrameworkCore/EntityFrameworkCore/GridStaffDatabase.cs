namespace GridStaff.EntityFrameworkCore;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

/// <summary>Picks the provider and its migrations assembly; shared by runtime and design time.</summary>
public static class GridStaffDatabase
{
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "GridStaff.EntityFrameworkCore.Sqlite",
        DatabaseProvider.SqlServer => "GridStaff.EntityFrameworkCore.SqlServer",
        DatabaseProvider.PostgreSql => "GridStaff.EntityFrameworkCore.PostgreSql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var assembly = MigrationsAssembly(provider);
        // A worker loads history, contracts and grids together: split queries avoid the cartesian product.
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(assembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(SqliteConnectionSetup.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(assembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(assembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    /// <summary>Reads "Database:Provider" (Sqlite by default) and "ConnectionStrings:Default".</summary>
    public static (DatabaseProvider Provider, string ConnectionString) FromConfiguration(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var p) ? p
            : throw new InvalidOperationException($"Database:Provider '{providerText}' is not one of Sqlite, SqlServer, PostgreSql.");
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite) throw new InvalidOperationException("ConnectionStrings:Default is required for " + provider + ".");
            connectionString = "Data Source=App_Data/gridstaff.db";
        }
        return (provider, connectionString);
    }
}
