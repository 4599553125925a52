namespace GridStaff.Assessments;

using System.Data.Common;
using GridStaff.AssessmentResults;
using GridStaff.EntityFrameworkCore;
using GridStaff.EvaluationCycles;
using GridStaff.ScoreSheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// The compile's hot read on a plain <see cref="DbDataReader"/>: the submitted sheets of a batch of
/// workers, ordered by the rated worker's enrolment ordinal and the sheet. PostgreSQL sends a row per
/// sheet with its scores in arrays; elsewhere a row per score is folded into sheets as the rows stream
/// in. A city reads 2.4 M scores through here, so nothing is materialised but the scores themselves
/// (EF's shaper and a LINQ regrouping cost more than the query). Table and column names, and the
/// parameters' conversions, come from the EF model: the SQL stays right on every provider.
/// </summary>
internal static class SubmittedSheetReader
{
    public static async Task<IReadOnlyList<SubmittedSheet>> ReadAsync(GridStaffDbContext db, Guid cycleId, int afterOrdinal, int upToOrdinal, CancellationToken ct)
    {
        var sql = new ModelSql(db);
        var enrolment = sql.Entity(typeof(Enrolment));
        var sheet = sql.Entity(typeof(ScoreSheet));
        var score = sheet.FindNavigation(nameof(ScoreSheet.Scores))!.TargetEntityType;

        string E(string property) => $"e.{sql.Column(enrolment, property)}";
        string S(string property) => sql.Column(sheet, property);
        string X(string property) => $"x.{sql.Column(score, property)}";
        var sheetAndGroup = $"s.{S(nameof(ScoreSheet.Id))}, s.{S(nameof(ScoreSheet.Group))}";
        var (code, value) = (X(nameof(IndicatorScore.IndicatorCode)), X(nameof(IndicatorScore.Score)));
        var scoresOfSheet = $"JOIN {sql.Table(score)} x ON {X("SheetId")} = s.{S(nameof(ScoreSheet.Id))}";
        var ofTheWorker = $"s.{S(nameof(ScoreSheet.CycleId))} = {E(nameof(Enrolment.CycleId))} AND s.{S(nameof(ScoreSheet.WorkerId))} = {E(nameof(Enrolment.WorkerId))} " +
                          $"AND s.{S(nameof(ScoreSheet.Status))} = {sql.Placeholder("status")}";
        // PostgreSQL: each worker's sheets by index, always, and each sheet one row, its scores packed in
        // two arrays (a row per score cost the server and Npgsql more than the scores themselves; the two
        // aggregates of a group see its rows in the same order, so the arrays line up).
        // - As a plain join the planner, estimating the batch's enrolments at a few times their number,
        //   hashed every sheet of the cycle for every batch; a lateral subquery is a per-worker lookup.
        // - The scores are joined inside it: joined outside, the planner (blind to the subquery's
        //   statistics) put a cache by sheet before the score lookups that never hit, 40% of the read.
        // Elsewhere a row per score: SQLite runs in the process, a row costs it no more than an array.
        var packed = db.Database.IsNpgsql();
        var (select, from) = packed
            ? ("s.*", $"CROSS JOIN LATERAL (SELECT {sheetAndGroup}, array_agg({code}) AS codes, array_agg({value}) AS scores " +
                      $"FROM {sql.Table(sheet)} s {scoresOfSheet} WHERE {ofTheWorker} GROUP BY s.{S(nameof(ScoreSheet.Id))}) s")
            : ($"{sheetAndGroup}, {code}, {value}", $"JOIN {sql.Table(sheet)} s ON {ofTheWorker} {scoresOfSheet}");

        var text = $"""
            SELECT e.{sql.Column(enrolment, nameof(Enrolment.Ordinal))}, {select}
            FROM {sql.Table(enrolment)} e
            {from}
            WHERE {E(nameof(Enrolment.CycleId))} = {sql.Placeholder("cycleId")}
              AND {E(nameof(Enrolment.Ordinal))} > {sql.Placeholder("after")}
              AND {E(nameof(Enrolment.Ordinal))} <= {sql.Placeholder("upTo")}
            ORDER BY {E(nameof(Enrolment.Ordinal))}, s.{S(nameof(ScoreSheet.Id))}
            """;

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = text;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            void Add(IEntityType t, string property, string name, object value) => command.Parameters.Add(sql.Parameter(command, t.FindProperty(property)!, name, value));
            Add(enrolment, nameof(Enrolment.CycleId), "cycleId", cycleId);
            Add(enrolment, nameof(Enrolment.Ordinal), "after", afterOrdinal);
            Add(enrolment, nameof(Enrolment.Ordinal), "upTo", upToOrdinal);
            Add(sheet, nameof(ScoreSheet.Status), "status", ScoreSheetStatus.Submitted);

            var sheets = new List<SubmittedSheet>();
            Dictionary<string, decimal>? scores = null;
            var currentSheet = Guid.Empty;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (packed)
                {
                    var (codes, values) = (reader.GetFieldValue<string[]>(3), reader.GetFieldValue<decimal[]>(4));
                    var sheetScores = new Dictionary<string, decimal>(codes.Length, StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < codes.Length; i++) sheetScores[codes[i]] = values[i];
                    sheets.Add(new SubmittedSheet(reader.GetInt32(0), new SheetScores((RaterGroupKind)reader.GetInt32(2), sheetScores)));
                    continue;
                }
                var sheetId = reader.GetGuid(1);
                if (scores is null || sheetId != currentSheet)
                {
                    (scores, currentSheet) = (new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase), sheetId);
                    sheets.Add(new SubmittedSheet(reader.GetInt32(0), new SheetScores((RaterGroupKind)reader.GetInt32(2), scores)));
                }
                scores[reader.GetString(3)] = reader.GetDecimal(4);
            }
            return sheets;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
