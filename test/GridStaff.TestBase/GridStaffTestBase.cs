namespace GridStaff;

using GridStaff.EntityFrameworkCore;
using GridStaff.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

/// <summary>
/// Integration tests through the real registrations (application, domain, EF Core) on a fresh
/// database per test. Each <see cref="GetRequiredService{T}"/> opens a new scope, like a new
/// request, so nothing is served from an earlier call's change tracker.
/// </summary>
public abstract class GridStaffTestBase : IAsyncLifetime
{
    private readonly List<AsyncServiceScope> _scopes = [];
    private ServiceProvider? _provider;
    private TestDatabase? _database;

    /// <summary>1 March 2026, 08:00 China time; tests move it with Advance/SetUtcNow.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)));

    protected TestCurrentUser CurrentUser { get; } = new();

    protected CapturingLoggerProvider Logs { get; } = new();

    protected IServiceProvider Services => _provider ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        Clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China"));
        _database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddGridStaffApplication();
        services.AddGridStaffEntityFrameworkCore(_database.Configure);
        services.Configure<GridStaff.Workers.PersonalDataOptions>(o => o.Key = GridStaff.Workers.PersonalDataOptions.DevelopmentKey);
        // Every scope of an in-memory SQLite test shares one connection, which cannot serve two threads.
        services.Configure<GridStaff.AssessmentResults.AssessmentCompileOptions>(o => o.ReadAhead = TestDatabase.Provider != EntityFrameworkCore.DatabaseProvider.Sqlite);
        ConfigureServices(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
    }

    /// <summary>Replace process edges (mail, job client) with substitutes here.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public async Task DisposeAsync()
    {
        foreach (var scope in _scopes) await scope.DisposeAsync();
        if (_provider is not null) await _provider.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    protected T GetRequiredService<T>() where T : notnull
    {
        var scope = Services.CreateAsyncScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>Runs <paramref name="action"/> on a DbContext of its own, with every filter as the current user has them.</summary>
    protected async Task<T> WithDbContextAsync<T>(Func<GridStaffDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<GridStaffDbContext>());
    }

    protected void LoginAs(TestUser user) => CurrentUser.Set(user);

    protected void LoginAsSystem() => CurrentUser.SetSystem();

    protected void LogoutToAnonymous() => CurrentUser.SetAnonymous();
}
