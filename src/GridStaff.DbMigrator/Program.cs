// Applies the configured provider's migrations and seeds: the production way to set up or upgrade
// a database. Examples:
//   dotnet run --project src/GridStaff.DbMigrator -- --Database:Provider=PostgreSql --ConnectionStrings:Default="Host=…" --Seed:AdminPassword=…
//   dotnet run --project src/GridStaff.DbMigrator -- --Seed:DemoData=true        (SQLite demo database)
using GridStaff;
using GridStaff.Data;
using GridStaff.EntityFrameworkCore;
using GridStaff.Users;
using GridStaff.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// appsettings.json sits beside the binary, wherever the migrator is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var (provider, connectionString) = GridStaffDatabase.FromConfiguration(builder.Configuration);

builder.Services
    .AddGridStaffApplication()
    .AddGridStaffEntityFrameworkCore(provider, connectionString)
    .AddSingleton<ICurrentUser>(SystemCurrentUser.Instance);
builder.Services.Configure<WorkforceOptions>(builder.Configuration.GetSection(WorkforceOptions.SectionName));
builder.Services.Configure<PersonalDataOptions>(builder.Configuration.GetSection(PersonalDataOptions.SectionName));
// A demo database may use the public development key; anything else must configure PersonalData:Key.
builder.Services.PostConfigure<PersonalDataOptions>(o =>
{
    if (builder.Configuration.GetValue<bool>("Seed:DemoData")) o.Key ??= PersonalDataOptions.DevelopmentKey;
});

using var host = builder.Build();
await using var scope = host.Services.CreateAsyncScope();
var seed = new DataSeedContext(
    builder.Configuration.GetValue<bool>("Seed:DemoData"),
    builder.Configuration["Seed:AdminPassword"]);
await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(seed);
Console.WriteLine($"GridStaff database on {provider} is up to date.");
