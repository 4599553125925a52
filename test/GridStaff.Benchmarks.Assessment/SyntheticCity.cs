namespace GridStaff.Benchmarks;

using System.Diagnostics;
using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.Districts;
using GridStaff.EntityFrameworkCore;
using GridStaff.EvaluationCycles;
using GridStaff.Organizations;
using GridStaff.ScoreSheets;
using GridStaff.Streets;
using GridStaff.Users;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A synthetic city for assessment benchmarks (reusable: pay and reports can build on it). One street
/// with <c>workers</c> enrolled in a closed cycle, communities of <c>communitySize</c>, a template of
/// 12 rated indicators scored by 4 rater groups (director, peers, street HR, self), every sheet
/// submitted: workers × 4 × 12 scores. Deterministic for a given seed; cities of different <c>code</c>s
/// live side by side in one database. Written through EF Core without the auditing interceptor, in
/// batches, so the generator itself stays small in memory.
/// </summary>
public sealed class SyntheticCity(Func<GridStaffDbContext> newContext, int workers, int communitySize = 25, int seed = 42, string code = "B")
{
    public static readonly decimal[] IndicatorWeights = [8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9];
    public static readonly (RaterGroupKind Group, decimal Weight)[] Groups =
        [(RaterGroupKind.Director, 40), (RaterGroupKind.Peers, 20), (RaterGroupKind.StreetHr, 20), (RaterGroupKind.Self, 20)];
    public const decimal MaxScore = 10;

    public Guid CycleId { get; private set; }
    public TemplateDefinition Template { get; } = BuildTemplate();

    public static TemplateDefinition BuildTemplate()
    {
        var indicators = IndicatorWeights.Select((w, i) => new IndicatorDefinition { Code = $"I{i + 1:00}", Name = $"Indicator {i + 1}", Weight = w, MaxScore = MaxScore }).ToList();
        var codes = indicators.Select(i => i.Code).ToList();
        return new TemplateDefinition
        {
            Dimensions = [new DimensionDefinition { Name = "德能勤绩廉", Indicators = indicators }],
            RaterGroups = Groups.Select(g => new RaterGroupDefinition { Kind = g.Group, Weight = g.Weight, IndicatorCodes = codes, PeersPerWorker = g.Group == RaterGroupKind.Peers ? 1 : 0 }).ToList(),
        };
    }

    public async Task<TimeSpan> GenerateAsync(CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        var now = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc);
        Guid streetId;
        await using (var db = newContext())
        {
            await db.Database.MigrateAsync(ct); // the schema production has (the migrations tune PostgreSQL storage)
            var district = new District(Guid.CreateVersion7(), $"{code}D", $"Benchmark District {code}");
            var street = new Street(Guid.CreateVersion7(), district.Id, $"{code}S", $"Benchmark Street {code}", StreetKind.Street);
            streetId = street.Id;
            db.AddRange(district, street);
            var template = await new AssessmentTemplateManager(new Assessments.AssessmentTemplateRepository(db)).CreateVersionAsync(street.Id, "CITY", "City template", Template, ct);
            db.Add(template);
            var cycle = new EvaluationCycle(Guid.CreateVersion7(), street.Id, "Benchmark 2026 Q1", PeriodKind.Quarterly, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31),
                template.Id, new CycleSchedule(now.AddDays(-20), now.AddDays(-1), now.AddDays(5)));
            cycle.Open(now.AddDays(-20));
            cycle.Close(now.AddDays(-1));
            db.Add(cycle);
            CycleId = cycle.Id;
            await db.SaveChangesAsync(ct);
        }

        await using var bulk = await BulkWriter.OpenAsync(newContext(), ct);
        const int batch = 1000;   // a multiple of the community size
        var codes = Template.Indicators.Select(i => i.Code).ToArray();
        for (var start = 0; start < workers; start += batch)
        {
            await bulk.BeginAsync(ct);
            var count = Math.Min(batch, workers - start);
            var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
            for (var i = 0; i < count; i++)
            {
                var ordinal = start + i + 1;
                var community = new Guid((start + i) / communitySize + 1, 0, 0, new byte[8]);
                await bulk.EnrolAsync(Guid.CreateVersion7(), CycleId, ordinal, streetId, community, ids[i], $"Worker {ordinal}",
                    new DateOnly(2015 + random.Next(10), 1 + random.Next(12), 1), now, ct);
                // The peer is the next worker of the same community (the first when at its end).
                var position = (start + i) % communitySize;
                var size = Math.Min(communitySize, count - (i - position));
                var peer = ids[i - position + (position + 1) % size];
                foreach (var (group, _) in Groups)
                {
                    var rater = group switch { RaterGroupKind.Peers => peer, RaterGroupKind.Self => ids[i], _ => (Guid?)null };
                    if (group == RaterGroupKind.Peers && peer == ids[i]) continue;
                    var sheetId = Guid.CreateVersion7();
                    await bulk.SheetAsync(sheetId, CycleId, streetId, community, ids[i], group, rater, now.AddDays(-2), ct);
                    foreach (var indicator in codes) await bulk.ScoreAsync(sheetId, indicator, (decimal)(50 + random.Next(51)) / 10, ct);
                }
            }
            await bulk.CommitAsync(ct);
        }

        // Statistics of the loaded tables, as a live database has them (PostgreSQL's autovacuum would gather
        // them a while after the load, in the middle of the measurement): the floor and the compile both use them.
        await using (var db = newContext())
        {
            if (db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal))
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"Enrolments\", \"ScoreSheets\", \"ScoreSheetScores\"", ct);
            else
                foreach (var statement in (string[])["ANALYZE \"Enrolments\"", "ANALYZE \"ScoreSheets\"", "ANALYZE \"ScoreSheetScores\""])
                    await db.Database.ExecuteSqlRawAsync(statement, ct);
        }
        return watch.Elapsed;
    }
}
