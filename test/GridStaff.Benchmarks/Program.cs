// Workforce register load script (not a test; `dotnet test` does not run it). Stopwatch-based:
// BenchmarkDotNet's many launches are too slow on this shared 2-core machine for database work.
//   dotnet run -c Release --project test/GridStaff.Benchmarks [-- --rows 5000 --workers 50000 --import-only]
// On a fresh SQLite file database (the real migrations; default settings) it measures
//   1. the roster import of a 5,000-row .xlsx (validate all rows, then one transaction), and a
//      second import of the same file (all rows already registered: nothing written);
//   2. the worker list query (page of 20 + total count) with a community filter over 50,000 workers,
//      as admin (filter by argument) and as a community director (filter from the data scope).
using System.Diagnostics;
using GridStaff;
using GridStaff.Benchmarks;
using GridStaff.Communities;
using GridStaff.Data;
using GridStaff.Districts;
using GridStaff.EntityFrameworkCore;
using GridStaff.Grids;
using GridStaff.Organizations;
using GridStaff.Posts;
using GridStaff.Streets;
using GridStaff.Users;
using GridStaff.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;

var rows = Arg("--rows", 5_000);
var total = Arg("--workers", 50_000);
var importOnly = Environment.GetCommandLineArgs().Contains("--import-only");
var dbPath = Path.Combine(Path.GetTempPath(), $"gridstaff-bench-{Environment.ProcessId}.db");
var user = new BenchCurrentUser();
var services = new ServiceCollection()
    .AddLogging(b => b.AddProvider(new RosterTimingsLogger()).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug))
    .AddSingleton<ICurrentUser>(user)
    .AddGridStaffApplication()
    .AddGridStaffEntityFrameworkCore(DatabaseProvider.Sqlite, $"Data Source={dbPath};Pooling=true")
    .Configure<PersonalDataOptions>(o => o.Key = PersonalDataOptions.DevelopmentKey)
    .BuildServiceProvider();

try
{
    Console.WriteLine($"SQLite file {dbPath}; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
    await using (var scope = services.CreateAsyncScope())
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(new DataSeedContext(false));

    // One street, 10 communities of 100 grids each.
    var (street, communityList, gridsByCommunity) = await SeedOrganisationAsync();

    // 1. Import: 20% full-time grid workers on free grids, the rest community workers without a grid.
    var xlsx = BuildRoster(rows, communityList, gridsByCommunity);
    Console.WriteLine($"roster: {rows} rows, {xlsx.Length / 1024} KiB");
    user.Scope = DataScope.Street(street.Id);
    for (var attempt = 1; attempt <= 2; attempt++)
    {
        await using var scope = services.CreateAsyncScope();
        var roster = scope.ServiceProvider.GetRequiredService<IWorkerRosterAppService>();
        var watch = Stopwatch.StartNew();
        var result = await roster.ImportAsync(new MemoryStream(xlsx), new ImportWorkersDto());
        watch.Stop();
        Console.WriteLine($"import #{attempt}: {result.TotalRows} rows in {watch.Elapsed.TotalSeconds:0.00} s = {result.TotalRows / watch.Elapsed.TotalSeconds:0} rows/s " +
            $"(imported {result.Imported}, already registered {result.AlreadyRegistered}, rejected {result.Rejected})");
        if (result.Errors.Count > 0) Console.WriteLine("  first error: " + result.Errors[0]);
    }

    if (importOnly) return;

    // 2. Fill up to the total, then time the list query.
    await FillAsync(total, communityList);
    var target = communityList[3];
    user.Scope = DataScope.Unrestricted;
    await TimeListAsync("admin, communityId filter", new GetWorkerListDto { CommunityId = target.Id });
    await TimeListAsync("admin, communityId filter, sorted by hire date desc, page 50", new GetWorkerListDto { CommunityId = target.Id, Sorting = "hireDate desc", SkipCount = 1000 });
    user.Scope = DataScope.Community(street.Id, target.Id);
    await TimeListAsync("director (scope filter)", new GetWorkerListDto());
    user.Scope = DataScope.Unrestricted;
    await TimeListAsync("admin, name filter (LIKE) in community", new GetWorkerListDto { CommunityId = target.Id, Filter = "王" });
}
finally
{
    await services.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(f);
}

async Task TimeListAsync(string label, GetWorkerListDto input)
{
    var times = new List<double>();
    long count = 0;
    for (var i = 0; i < 25; i++)
    {
        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IWorkerAppService>();
        var watch = Stopwatch.StartNew();
        var page = await service.GetListAsync(input);
        watch.Stop();
        count = page.TotalCount;
        if (i >= 5) times.Add(watch.Elapsed.TotalMilliseconds); // the first five warm up
    }
    times.Sort();
    Console.WriteLine($"list [{label}]: {count} of {total} match; median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95) - 1]:0.0} ms, min {times[0]:0.0} ms");
}

async Task<(Street, List<Community>, Dictionary<Guid, List<Grid>>)> SeedOrganisationAsync()
{
    await using var scope = services.CreateAsyncScope();
    var sp = scope.ServiceProvider;
    var organization = sp.GetRequiredService<OrganizationManager>();
    var db = sp.GetRequiredService<GridStaffDbContext>();
    var district = new District(Guid.CreateVersion7(), "BENCH", "Bench district");
    db.Add(district);
    var street = await organization.CreateStreetAsync(district, "B", "Bench street", StreetKind.Street);
    db.Add(street);
    var communityList = new List<Community>();
    var gridsByCommunity = new Dictionary<Guid, List<Grid>>();
    for (var c = 0; c < 10; c++)
    {
        var community = await organization.CreateCommunityAsync(street, $"C{c:00}", $"社区{c:00}");
        db.Add(community);
        communityList.Add(community);
        gridsByCommunity[community.Id] = [];
        for (var g = 0; g < 100; g++)
        {
            var grid = await organization.CreateGridAsync(community, $"G{c:00}{g:000}", $"网格{c:00}{g:000}", GridKind.Comprehensive);
            grid.SetFigures(400, 1000, 0.1, 1);
            db.Add(grid);
            gridsByCommunity[community.Id].Add(grid);
        }
    }
    await db.SaveChangesAsync();
    return (street, communityList, gridsByCommunity);
}

byte[] BuildRoster(int count, List<Community> communityList, Dictionary<Guid, List<Grid>> gridsByCommunity)
{
    var random = new Random(5000);
    var list = new List<Dictionary<string, object?>>();
    for (var i = 0; i < count; i++)
    {
        var community = communityList[i % communityList.Count];
        var gridWorker = i < communityList.Count * 100 && i % 5 == 0;
        var grid = gridWorker ? gridsByCommunity[community.Id][i / communityList.Count % 100] : null;
        var birth = new DateOnly(1975, 1, 1).AddDays(random.Next(0, 9000));
        list.Add(new()
        {
            [WorkerRosterColumns.Name] = Names.Random(random),
            [WorkerRosterColumns.IdNumber] = Names.IdNumber(birth, i),
            [WorkerRosterColumns.Phone] = $"139{i:00000000}",
            [WorkerRosterColumns.Community] = community.Code,
            [WorkerRosterColumns.Grids] = grid?.Code,
            [WorkerRosterColumns.Post] = "STAFF",
            [WorkerRosterColumns.Grade] = random.Next(1, 13),
            [WorkerRosterColumns.Kind] = gridWorker ? "专职网格员" : "其他社区工作者",
            [WorkerRosterColumns.Education] = "本科",
            [WorkerRosterColumns.PoliticalStatus] = "群众",
            [WorkerRosterColumns.Certificate] = "无",
            [WorkerRosterColumns.HireDate] = new DateTime(2015, 1, 1).AddDays(random.Next(0, 3000)),
            [WorkerRosterColumns.PriorYears] = random.Next(0, 5),
            [WorkerRosterColumns.ContractStart] = "2024-01-01",
            [WorkerRosterColumns.ContractEnd] = "2026-12-31",
        });
    }
    using var stream = new MemoryStream();
    MiniExcel.SaveAs(stream, list);
    return stream.ToArray();
}

async Task FillAsync(int target, List<Community> communityList)
{
    user.Scope = DataScope.Unrestricted;
    var random = new Random(50_000);
    var watch = Stopwatch.StartNew();
    int existing;
    await using (var scope = services.CreateAsyncScope())
        existing = await scope.ServiceProvider.GetRequiredService<GridStaffDbContext>().Workers.CountAsync();
    var staff = (await services.CreateAsyncScope().ServiceProvider.GetRequiredService<IPostRepository>().GetForStreetAsync(null)).Single(p => p.Code == "STAFF");
    for (var n = existing; n < target;)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<GridStaffDbContext>();
        var manager = sp.GetRequiredService<WorkerManager>();
        for (var i = 0; i < 5_000 && n < target; i++, n++)
        {
            var community = communityList[random.Next(communityList.Count)];
            var birth = new DateOnly(1975, 1, 1).AddDays(random.Next(0, 9000));
            var id = ResidentIdNumber.Parse(Names.IdNumber(birth, 100_000 + n));
            var worker = manager.HireChecked(new HireWorker(community, new WorkerProfile(Names.Random(random), Education.Bachelor, PoliticalStatus.Masses,
                SocialWorkCertificate.None, 0), id.Value, null, null, $"137{n:00000000}", WorkerKind.OtherCommunityWorker, staff, random.Next(1, 13), [],
                new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3000)), false), id);
            db.Add(worker);
        }
        await db.SaveChangesAsync();
    }
    Console.WriteLine($"filled to {target} workers in {watch.Elapsed.TotalSeconds:0.0} s");
}

static int Arg(string name, int fallback)
{
    var args = Environment.GetCommandLineArgs();
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
}

namespace GridStaff.Benchmarks
{
    internal sealed class BenchCurrentUser : ICurrentUser
    {
        public DataScope Scope { get; set; } = DataScope.Unrestricted;
        public bool IsAuthenticated => true;
        public Guid? Id { get; } = Guid.CreateVersion7();
        public string? UserName => "bench";
        public IReadOnlyCollection<string> Roles => [];
        public bool HasPermission(string permission) => true;
    }

    /// <summary>Prints the roster import's phase timings; everything else stays quiet.</summary>
    internal sealed class RosterTimingsLogger : Microsoft.Extensions.Logging.ILoggerProvider, Microsoft.Extensions.Logging.ILogger
    {
        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) =>
            categoryName.EndsWith("WorkerRosterAppService", StringComparison.Ordinal) ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Console.WriteLine("  " + formatter(state, exception));
        public void Dispose() { }
    }

    internal static class Names
    {
        private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
        private static readonly string[] Given = ["芳", "伟", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "秀英", "海燕"];

        public static string Random(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];

        /// <summary>A valid, unique GB 11643 number: the sequence number spreads over area code and order code.</summary>
        public static string IdNumber(DateOnly birth, int sequence)
        {
            var first17 = $"{110000 + sequence / 1000:000000}{birth:yyyyMMdd}{sequence % 1000:000}";
            return first17 + ResidentIdNumber.CheckCharacter(first17);
        }
    }
}
