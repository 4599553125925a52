namespace GridStaff.Spa;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// The real Host on a throwaway SQLite file (no demo data, in-memory jobs), serving the Angular
/// build from <paramref name="spaRoot"/> when given.
/// </summary>
public sealed class SpaHostFactory(string? spaRoot) : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("gridstaff-host-tests-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_dataDir, "gridstaff.db")}");
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Hangfire:Storage", "InMemory");
        builder.UseSetting("Hangfire:Server:Enabled", "false");
        builder.UseSetting("Spa:RootPath", spaRoot ?? Path.Combine(_dataDir, "no-spa"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { /* the OS cleans temp */ }
    }

    /// <summary>The repository root (where GridStaff.sln is), found from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GridStaff.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("GridStaff.sln not found above " + AppContext.BaseDirectory);
    }
}
