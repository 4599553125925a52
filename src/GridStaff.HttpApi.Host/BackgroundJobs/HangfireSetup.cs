namespace GridStaff.BackgroundJobs;

using GridStaff.EntityFrameworkCore;
using GridStaff.EvaluationCycles;
using GridStaff.Identity;
using GridStaff.Permissions;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

/// <summary>
/// Job storage follows the database provider, so every Host of a city shares one queue and each
/// job runs once; "Hangfire:Storage" = "InMemory" is for tests only.
/// </summary>
public static class HangfireSetup
{
    public static IServiceCollection AddGridStaffHangfire(this IServiceCollection services, IConfiguration configuration,
        DatabaseProvider provider, string connectionString, string contentRoot)
    {
        var storage = configuration["Hangfire:Storage"] ?? "Database";
        // In memory: this host's own storage, registered before AddHangfire (which only adds JobStorage if
        // missing, and would otherwise hand out the static JobStorage.Current: with several hosts in one
        // process, as in tests, another host's storage, disposed when that host stops).
        var memory = storage.Equals("InMemory", StringComparison.OrdinalIgnoreCase) ? new Hangfire.InMemory.InMemoryStorage() : null;
        if (memory is not null) services.AddSingleton<JobStorage>(memory);
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();

            if (memory is not null)
            {
                config.UseStorage(memory);
                return;
            }

            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    // A file of its own beside the main database; the default poll (15 s) is too slow for a UI.
                    config.UseSQLiteStorage(SqliteJobFile(connectionString, contentRoot), new SQLiteStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(1),
                    });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connectionString);
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString));
                    break;
            }
        });

        services.Configure<AssessmentSchedulerOptions>(configuration.GetSection(AssessmentSchedulerOptions.Section));
        services.Configure<GridStaff.AssessmentResults.AssessmentCompileOptions>(configuration.GetSection(GridStaff.AssessmentResults.AssessmentCompileOptions.Section));

        if (configuration.GetValue("Hangfire:Server:Enabled", true))
        {
            services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Hangfire:Server:WorkerCount", Math.Max(2, Environment.ProcessorCount)));
        }
        return services;
    }

    /// <summary>Registers (or updates) the recurring jobs; the cron comes from configuration, every 15 minutes by default.</summary>
    public static WebApplication UseGridStaffRecurringJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AssessmentSchedulerOptions>>().Value;
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<AssessmentSchedulerJob>(
            AssessmentSchedulerOptions.JobId, job => job.ExecuteAsync(CancellationToken.None), options.Cron);
        return app;
    }

    public static IApplicationBuilder UseGridStaffHangfireDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new PermissionDashboardFilter()],
            DashboardTitle = "GridStaff jobs",
        });
        return app;
    }

    private static string SqliteJobFile(string connectionString, string contentRoot)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(contentRoot, dataSource))) ?? contentRoot;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "gridstaff-jobs.db");
    }

    /// <summary>Admits signed-in users holding GridStaff.Hangfire.Dashboard; the default admits only local requests.</summary>
    private sealed class PermissionDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.HasClaim(GridStaffClaimTypes.Permission, GridStaffPermissions.Hangfire.Dashboard);
    }
}
