using GridStaff;
using GridStaff.BackgroundJobs;
using GridStaff.Data;
using GridStaff.EntityFrameworkCore;
using GridStaff.Testing;
using GridStaff.Workers;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).WriteTo.Console());

var (provider, connectionString) = GridStaffDatabase.FromConfiguration(builder.Configuration);
if (provider == DatabaseProvider.Sqlite)
{
    connectionString = GridStaffHostExtensions.ResolveSqlitePath(connectionString, builder.Environment.ContentRootPath);
}

builder.Services
    .AddGridStaffApplication()
    .AddGridStaffEntityFrameworkCore(provider, connectionString)
    .AddGridStaffAuth()
    .AddGridStaffWeb()
    .AddGridStaffHangfire(builder.Configuration, provider, connectionString, builder.Environment.ContentRootPath);
// Personal data keys: appsettings.Development/Demo carry the public dev key; production sets its own secret.
builder.Services.Configure<PersonalDataOptions>(builder.Configuration.GetSection(PersonalDataOptions.SectionName));
builder.Services.Configure<WorkforceOptions>(builder.Configuration.GetSection(WorkforceOptions.SectionName));
var testing = TestingSetup.IsEnabled(builder.Environment, builder.Configuration);
if (testing)
{
    builder.Services.AddGridStaffTestClock();
}

var app = builder.Build();

// The production path is the DbMigrator; the demo and development Hosts migrate and seed themselves.
if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    var demo = app.Configuration.GetValue<bool>("Seed:DemoData");
    if (demo && !(app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Demo") || app.Environment.IsEnvironment("Testing")))
    {
        throw new InvalidOperationException("Seed:DemoData is only allowed in the Development, Demo or Testing environment.");
    }
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(new DataSeedContext(demo));
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
// The Angular build (Spa:RootPath, relative to the content root), served with an index.html fallback.
var spa = GridStaffHostExtensions.SpaFiles(app.Configuration, app.Environment.ContentRootPath);
if (spa is not null)
{
    app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = spa.FileProvider });
    app.UseStaticFiles(spa);
}
app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/health");
app.UseGridStaffHangfireDashboard();
app.UseGridStaffRecurringJobs();
if (testing)
{
    app.MapGridStaffTestingEndpoints();
}
// Unknown API paths are 404s, not the SPA's index page.
app.Map("/api/{**rest}", () => Results.NotFound());
if (spa is not null)
{
    app.MapFallbackToFile("index.html", spa);
}
else if (File.Exists(Path.Combine(app.Environment.WebRootPath ?? "wwwroot", "index.html")))
{
    app.MapFallbackToFile("index.html");
}

app.Run();

/// <summary>For WebApplicationFactory in the host tests.</summary>
public partial class Program;
