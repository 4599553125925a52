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
/// The compile's hot read on a plain <see cref="DbDataReader"/>: one row per score, ordered by the
/// rated worker's enrolment ordinal and the sheet, folded into sheets as the rows stream in. A city
/// reads 2.4 M scores through here, so nothing is materialised per row but the score itself (EF's
/// shaper and a LINQ regrouping cost more than the query). Table and column names, and the
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
        string Table(IEntityType t) => sql.Table(t);
        string Column(IEntityType t, string property) => sql.Column(t, property);
        string Parameter(string name) => sql.Placeholder(name);

        var text = $"""
            SELECT e.{Column(enrolment, nameof(Enrolment.Ordinal))}, s.{Column(sheet, nameof(ScoreSheet.Id))}, s.{Column(sheet, nameof(ScoreSheet.Group))},
                   x.{Column(score, nameof(IndicatorScore.IndicatorCode))}, x.{Column(score, nameof(IndicatorScore.Score))}
            FROM {Table(enrolment)} e
            JOIN {Table(sheet)} s ON s.{Column(sheet, nameof(ScoreSheet.CycleId))} = e.{Column(enrolment, nameof(Enrolment.CycleId))}
                AND s.{Column(sheet, nameof(ScoreSheet.WorkerId))} = e.{Column(enrolment, nameof(Enrolment.WorkerId))}
            JOIN {Table(score)} x ON x.{Column(score, "SheetId")} = s.{Column(sheet, nameof(ScoreSheet.Id))}
            WHERE e.{Column(enrolment, nameof(Enrolment.CycleId))} = {Parameter("cycleId")}
              AND e.{Column(enrolment, nameof(Enrolment.Ordinal))} > {Parameter("after")}
              AND e.{Column(enrolment, nameof(Enrolment.Ordinal))} <= {Parameter("upTo")}
              AND s.{Column(sheet, nameof(ScoreSheet.Status))} = {Parameter("status")}
            ORDER BY e.{Column(enrolment, nameof(Enrolment.Ordinal))}, s.{Column(sheet, nameof(ScoreSheet.Id))}
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
