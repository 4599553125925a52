// Compile benchmark (issue 4): a synthetic city compiled by the real AssessmentCompiler, against a
// single hand-written SQL aggregate over the same rows, on SQLite or PostgreSQL. Not a test.
//   dotnet run -c Release --project test/GridStaff.Benchmarks.Assessment -- --provider Sqlite --workers 50000 [--cold] [--batch 500] [--no-read-ahead] [--warm-runs 3] [--trace] [--keep]
//   dotnet run -c Release --project test/GridStaff.Benchmarks.Assessment -- --provider PostgreSql --pg "Host=127.0.0.1;Port=55432;Username=postgres"
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using GridStaff;
using GridStaff.AssessmentResults;
using GridStaff.Benchmarks;
using GridStaff.EntityFrameworkCore;
using GridStaff.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
var provider = Enum.Parse<DatabaseProvider>(options.GetValueOrDefault("provider", "Sqlite"), ignoreCase: true);
var workers = int.Parse(options.GetValueOrDefault("workers", "50000"), CultureInfo.InvariantCulture);
var compileOptions = new AssessmentCompileOptions();
var batchSize = options.TryGetValue("batch", out var b) ? int.Parse(b, CultureInfo.InvariantCulture) : compileOptions.BatchSize;
var readAhead = !options.ContainsKey("no-read-ahead");
// Warm (default): a small city is compiled first, as a Host that has compiled before has its code jitted
// and tiered up; --cold measures the first compile of a fresh process (JIT included).
var cold = options.ContainsKey("cold");

string connectionString;
string? pgDatabase = null;
if (provider == DatabaseProvider.Sqlite)
{
    var file = Path.Combine(Path.GetTempPath(), $"gridstaff-bench-{Environment.ProcessId}.db");
    connectionString = $"Data Source={file}";
}
else
{
    var server = options.GetValueOrDefault("pg", "Host=127.0.0.1;Port=55432;Username=postgres");
    pgDatabase = $"gridstaff_bench_{Environment.ProcessId}";
    await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString()))
    {
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {pgDatabase}", admin);
        await create.ExecuteNonQueryAsync();
    }
    connectionString = new NpgsqlConnectionStringBuilder(server) { Database = pgDatabase, CommandTimeout = 600 }.ToString();
}

DbContextOptions<GridStaffDbContext> raw = (DbContextOptions<GridStaffDbContext>)GridStaffDatabase
    .Configure(new DbContextOptionsBuilder<GridStaffDbContext>(), provider, connectionString).Options;
var city = new SyntheticCity(() => new GridStaffDbContext(raw, SystemCurrentUser.Instance), workers);
// Two small cities to warm up with, each compiled --warm-runs times (a first compile, then recompiles):
// the runtime tiers hot code up in steps (instrumented, then optimised with the profile), each after
// 30 calls and a quiet spell; after one run the JIT was still finishing the compile's code during the
// measurement (1.3 s of a background thread's CPU, and slower code until then).
SyntheticCity[] warmUps = [.. new[] { "W", "X" }.Select((code, i) => new SyntheticCity(() => new GridStaffDbContext(raw, SystemCurrentUser.Instance), 2_500, seed: 7 + i, code: code))];

Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
Console.WriteLine($"provider {provider}, {workers:N0} workers × 12 indicators × 4 rater groups, compile batch {batchSize}, " +
                  $"read-ahead {(readAhead ? "on" : "off")}, {(cold ? "cold (first compile of the process)" : $"warm (after compiling two cities of 2,500 workers {options.GetValueOrDefault("warm-runs", "3")} times each)")}");
var generated = await city.GenerateAsync();
Console.WriteLine($"generate: {generated.TotalSeconds:F1} s");
if (!cold) foreach (var w in warmUps) await w.GenerateAsync();

var trace = new SlowCommandLog();
await using var provider_ = new ServiceCollection()
    .AddLogging(b => { b.SetMinimumLevel(LogLevel.Warning); if (options.ContainsKey("trace")) b.AddProvider(trace).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).AddFilter("GridStaff", LogLevel.Debug); })
    .AddSingleton<ICurrentUser>(SystemCurrentUser.Instance)
    .AddGridStaffApplication()
    .Configure<AssessmentCompileOptions>(o => (o.BatchSize, o.ReadAhead) = (batchSize, readAhead))
    .AddGridStaffEntityFrameworkCore(provider, connectionString)
    .BuildServiceProvider();

// The floor: one hand-written SQL aggregate computing every worker's rated total from the same rows.
async Task<int> FloorAsync(Guid cycleId)
{
    await using var db = new GridStaffDbContext(raw, SystemCurrentUser.Instance);
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = FloorSql(cycleId, provider);
    var rows = 0;
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync()) { _ = reader.GetValue(1); rows++; }
    return rows;
}
async Task<int> CompileAsync(Guid cycleId, int? batch = null)
{
    await using var scope = provider_.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<AssessmentCompiler>().CompileAsync(cycleId, batch);
    return 0;
}
if (!cold)
{
    await FloorAsync(warmUps[0].CycleId);
    // Batches of 50: per-batch code runs 50 times a city, past the runtime's threshold (30 calls) for tiering up.
    foreach (var w in Enumerable.Range(0, int.Parse(options.GetValueOrDefault("warm-runs", "3"), CultureInfo.InvariantCulture)).SelectMany(_ => warmUps))
    {
        await CompileAsync(w.CycleId, 50);
        await Task.Delay(1000); // lets the background JIT tier up what the run called
    }
    trace.Clear();
}

// The floor's best of three runs: the ratio is taken against its fastest (page cache warm, nothing beside it).
var floor = await MeasureAsync(() => FloorAsync(city.CycleId));
for (var run = 2; run <= 3; run++)
{
    var again = await MeasureAsync(() => FloorAsync(city.CycleId));
    Console.WriteLine($"  floor run {run}: {again.Elapsed.TotalSeconds:F2} s (best before {floor.Elapsed.TotalSeconds:F2} s)");
    if (again.Elapsed < floor.Elapsed) floor = again;
}
Console.WriteLine($"SQL aggregate floor: {floor.Elapsed.TotalSeconds:F2} s wall, {floor.Cpu.TotalSeconds:F2} s CPU in this process, {floor.ServerCpu.TotalSeconds:F2} s in the server's, for {floor.Result:N0} workers");

GC.Collect();
var baseline = Environment.WorkingSet;
var compile = await MeasureAsync(() => CompileAsync(city.CycleId));
await using (var db = new GridStaffDbContext(raw, SystemCurrentUser.Instance))
{
    var count = await db.AssessmentResults.CountAsync(r => r.CycleId == city.CycleId);
    var excellent = await db.AssessmentResults.CountAsync(r => r.CycleId == city.CycleId && r.QuotaGrade == GridStaff.Assessments.Grade.Excellent);
    Console.WriteLine($"compile: {compile.Elapsed.TotalSeconds:F2} s wall, {compile.Cpu.TotalSeconds:F2} s CPU in this process, {compile.ServerCpu.TotalSeconds:F2} s in the server's, {count:N0} results ({excellent:N0} excellent after quota)");
}
if (options.ContainsKey("trace")) trace.Print();
Console.WriteLine($"ratio compile / SQL floor: {compile.Elapsed / floor.Elapsed:F1}×");
Console.WriteLine($"memory: peak working set {compile.PeakWorkingSet / 1048576.0:F0} MB (baseline before compile {baseline / 1048576.0:F0} MB), peak managed heap {compile.PeakManaged / 1048576.0:F0} MB");

if (options.ContainsKey("keep"))
    Console.WriteLine($"kept: {connectionString}");
else if (pgDatabase is not null)
{
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.GetValueOrDefault("pg", "Host=127.0.0.1;Port=55432;Username=postgres")) { Database = "postgres" }.ToString());
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgDatabase} WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}
else
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
}

static async Task<(T Result, TimeSpan Elapsed, long PeakWorkingSet, long PeakManaged, TimeSpan Cpu, TimeSpan ServerCpu)> MeasureAsync<T>(Func<Task<T>> action)
{
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var serverBefore = ServerCpu();
    long peak = 0, managed = 0;
    using var stop = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, Environment.WorkingSet);
            managed = Math.Max(managed, GC.GetTotalMemory(false));
            try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
        }
    });
    var watch = Stopwatch.StartNew();
    var result = await action();
    watch.Stop();
    stop.Cancel();
    await sampler;
    return (result, watch.Elapsed, peak, managed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, ServerCpu() - serverBefore);
}

// CPU of the local PostgreSQL server's processes (Linux /proc; ticks of 1/100 s): zero for SQLite, which runs in this process.
static TimeSpan ServerCpu()
{
    long ticks = 0;
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var close = stat.LastIndexOf(')');
            if (!stat.AsSpan(stat.IndexOf('(') + 1, close - stat.IndexOf('(') - 1).SequenceEqual("postgres")) continue;
            var fields = stat[(close + 2)..].Split(' ');
            ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException) { } // the process ended while we looked
        catch (UnauthorizedAccessException) { }
    }
    return TimeSpan.FromSeconds(ticks / 100.0);
}

static string FloorSql(Guid cycleId, DatabaseProvider provider)
{
    var template = SyntheticCity.BuildTemplate();
    var weight = "CASE x.\"IndicatorCode\" " + string.Join(' ', template.Indicators.Select(i => $"WHEN '{i.Code}' THEN {i.Weight.ToString(CultureInfo.InvariantCulture)}")) + " END";
    var groupWeight = "CASE g.\"Group\" " + string.Join(' ', SyntheticCity.Groups.Select(g => $"WHEN {(int)g.Group} THEN {g.Weight.ToString(CultureInfo.InvariantCulture)}")) + " END";
    var cycle = provider == DatabaseProvider.PostgreSql ? $"'{cycleId}'::uuid" : $"'{cycleId.ToString().ToUpperInvariant()}'";
    var score = provider == DatabaseProvider.PostgreSql ? "x.\"Score\"" : "CAST(x.\"Score\" AS REAL)";
    return $"""
        WITH sheet AS (
            SELECT s."WorkerId", s."Group", SUM({score} / {SyntheticCity.MaxScore} * {weight}) * 100.0 / SUM({weight}) AS score
            FROM "ScoreSheets" s JOIN "ScoreSheetScores" x ON x."SheetId" = s."Id"
            WHERE s."CycleId" = {cycle} AND s."Status" = 2
            GROUP BY s."WorkerId", s."Group", s."Id"),
        grp AS (SELECT "WorkerId", "Group", AVG(score) AS score FROM sheet GROUP BY "WorkerId", "Group")
        SELECT g."WorkerId", ROUND(CAST(SUM(g.score * {groupWeight}) / SUM({groupWeight}) AS NUMERIC), 2)
        FROM grp g GROUP BY g."WorkerId"
        """;
}
