namespace GridStaff.Testing;

using GridStaff.EvaluationCycles;
using GridStaff.Permissions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

/// <summary>
/// Test-only hooks for the end-to-end suite: an adjustable clock and endpoints to move it and to run the
/// assessment scheduler at once. On only when the environment is "Testing" and "Testing:Clock" is true;
/// anywhere else the endpoints do not exist (404).
/// </summary>
public static class TestingSetup
{
    public const string Environment = "Testing";

    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsEnvironment(Environment) && configuration.GetValue<bool>("Testing:Clock");

    public static IServiceCollection AddGridStaffTestClock(this IServiceCollection services)
    {
        var clock = new TestClock();
        services.AddSingleton(clock);
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        // Sign-in cookies and tokens keep real time, so jumping a week ahead does not sign everyone out.
        services.ConfigureAll<CookieAuthenticationOptions>(o => o.TimeProvider = TimeProvider.System);
        services.ConfigureAll<BearerTokenOptions>(o => o.TimeProvider = TimeProvider.System);
        services.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = TimeProvider.System);
        return services;
    }

    public static WebApplication MapGridStaffTestingEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/testing").RequireAuthorization(GridStaffPermissions.Hangfire.Dashboard).ExcludeFromDescription();
        group.MapGet("/clock", (TestClock clock) => new TestClockDto(clock.GetUtcNow(), clock.Offset.TotalHours));
        group.MapPost("/clock/advance", (AdvanceClockDto input, TestClock clock) =>
        {
            if (input.Hours is <= 0 or > 24 * 400)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["hours"] = ["Hours must be between 0 and 9600."] });
            clock.Advance(TimeSpan.FromHours(input.Hours));
            return Results.Ok(new TestClockDto(clock.GetUtcNow(), clock.Offset.TotalHours));
        });
        // What the recurring job does every 15 minutes, now (compilation it enqueues still runs on the Hangfire server).
        group.MapPost("/scheduler/run", async (AssessmentSchedulerJob job, CancellationToken ct) =>
        {
            await job.ExecuteAsync(ct);
            return Results.NoContent();
        });
        return app;
    }
}

public sealed record TestClockDto(DateTimeOffset UtcNow, double OffsetHours);

public sealed record AdvanceClockDto(double Hours);
