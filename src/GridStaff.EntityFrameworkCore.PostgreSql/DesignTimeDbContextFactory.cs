namespace GridStaff.EntityFrameworkCore.PostgreSql;

using GridStaff.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

/// <summary>
/// For `dotnet ef` only: builds the context on the PostgreSql provider so this project holds its migrations.
/// The connection string only matters for commands that touch a database (GRIDSTAFF_DESIGN_CONNECTION overrides it).
/// </summary>
public class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<GridStaffDbContext>
{
    public GridStaffDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("GRIDSTAFF_DESIGN_CONNECTION") ?? "Host=localhost;Database=gridstaff;Username=postgres";
        var options = new DbContextOptionsBuilder<GridStaffDbContext>();
        GridStaffDatabase.Configure(options, DatabaseProvider.PostgreSql, connectionString);
        return new GridStaffDbContext(options.Options, SystemCurrentUser.Instance);
    }
}
