namespace GridStaff.Benchmarks;

using System.Data.Common;
using System.Globalization;
using GridStaff.Assessments;
using GridStaff.EntityFrameworkCore;
using GridStaff.ScoreSheets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// Writes enrolments, submitted sheets and their scores in the columns EF Core maps them to: binary COPY on
/// PostgreSQL, prepared inserts in one transaction per batch on SQLite (Guid and dates as EF's text formats).
/// </summary>
internal abstract class BulkWriter : IAsyncDisposable
{
    protected readonly GridStaffDbContext Db;
    protected BulkWriter(GridStaffDbContext db) => Db = db;

    public static async Task<BulkWriter> OpenAsync(GridStaffDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return db.Database.GetDbConnection() is NpgsqlConnection ? new PostgresBulkWriter(db) : new SqliteBulkWriter(db);
    }

    public abstract Task BeginAsync(CancellationToken ct);
    public abstract Task EnrolAsync(Guid id, Guid cycleId, int ordinal, Guid streetId, Guid communityId, Guid workerId, string name, DateOnly hired, DateTime at, CancellationToken ct);
    public abstract Task SheetAsync(Guid id, Guid cycleId, Guid streetId, Guid communityId, Guid workerId, RaterGroupKind group, Guid? rater, DateTime submittedAt, CancellationToken ct);
    public abstract Task ScoreAsync(Guid sheetId, string code, decimal score, CancellationToken ct);
    public abstract Task CommitAsync(CancellationToken ct);

    public async ValueTask DisposeAsync()
    {
        await Db.Database.CloseConnectionAsync();
        await Db.DisposeAsync();
    }
}

internal sealed class SqliteBulkWriter(GridStaffDbContext db) : BulkWriter(db)
{
    private DbTransaction? _tx;
    private SqliteCommand? _enrol, _sheet, _score;

    private SqliteConnection Connection => (SqliteConnection)Db.Database.GetDbConnection();

    private static string G(Guid g) => g.ToString().ToUpperInvariant();
    private static string T(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public override Task BeginAsync(CancellationToken ct)
    {
        _tx = Connection.BeginTransaction();
        _enrol = Command("""INSERT INTO "Enrolments" ("Id","CycleId","Ordinal","StreetId","CommunityId","WorkerId","WorkerName","PostId","GridIds","HireDate","EnrolledAt") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'',$9,$10)""", 10);
        _sheet = Command("""INSERT INTO "ScoreSheets" ("Id","CycleId","StreetId","CommunityId","WorkerId","Group","RaterWorkerId","Status","Version","SubmittedAt","ConcurrencyStamp","CreationTime") VALUES ($1,$2,$3,$4,$5,$6,$7,2,1,$8,$9,$8)""", 9);
        _score = Command("""INSERT INTO "ScoreSheetScores" ("SheetId","IndicatorCode","Score") VALUES ($1,$2,$3)""", 3);
        return Task.CompletedTask;
    }

    private SqliteCommand Command(string sql, int parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)_tx!;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++) command.Parameters.Add(new SqliteParameter("$" + i, null));
        command.Prepare();
        return command;
    }

    private static Task RunAsync(SqliteCommand command, CancellationToken ct, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteNonQueryAsync(ct);
    }

    public override Task EnrolAsync(Guid id, Guid cycleId, int ordinal, Guid streetId, Guid communityId, Guid workerId, string name, DateOnly hired, DateTime at, CancellationToken ct) =>
        RunAsync(_enrol!, ct, G(id), G(cycleId), ordinal, G(streetId), G(communityId), G(workerId), name, G(Guid.Empty), hired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), T(at));

    public override Task SheetAsync(Guid id, Guid cycleId, Guid streetId, Guid communityId, Guid workerId, RaterGroupKind group, Guid? rater, DateTime submittedAt, CancellationToken ct) =>
        RunAsync(_sheet!, ct, G(id), G(cycleId), G(streetId), G(communityId), G(workerId), (int)group, rater is { } r ? G(r) : null, T(submittedAt), G(Guid.NewGuid()));

    public override Task ScoreAsync(Guid sheetId, string code, decimal score, CancellationToken ct) =>
        RunAsync(_score!, ct, G(sheetId), code, score.ToString("0.0###", CultureInfo.InvariantCulture));

    public override async Task CommitAsync(CancellationToken ct)
    {
        await _tx!.CommitAsync(ct);
        foreach (var c in new[] { _enrol, _sheet, _score }) await c!.DisposeAsync();
        await _tx.DisposeAsync();
    }
}

internal sealed class PostgresBulkWriter(GridStaffDbContext db) : BulkWriter(db)
{
    private readonly List<object?[]> _enrolments = [], _sheets = [], _scores = [];

    private NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();

    public override Task BeginAsync(CancellationToken ct) => Task.CompletedTask;

    public override Task EnrolAsync(Guid id, Guid cycleId, int ordinal, Guid streetId, Guid communityId, Guid workerId, string name, DateOnly hired, DateTime at, CancellationToken ct)
    {
        _enrolments.Add([id, cycleId, ordinal, streetId, communityId, workerId, name, Guid.Empty, "", hired, at]);
        return Task.CompletedTask;
    }

    public override Task SheetAsync(Guid id, Guid cycleId, Guid streetId, Guid communityId, Guid workerId, RaterGroupKind group, Guid? rater, DateTime submittedAt, CancellationToken ct)
    {
        _sheets.Add([id, cycleId, streetId, communityId, workerId, (int)group, rater, (int)ScoreSheetStatus.Submitted, 1, submittedAt, Guid.NewGuid(), submittedAt]);
        return Task.CompletedTask;
    }

    public override Task ScoreAsync(Guid sheetId, string code, decimal score, CancellationToken ct)
    {
        _scores.Add([sheetId, code, score]);
        return Task.CompletedTask;
    }

    public override async Task CommitAsync(CancellationToken ct)
    {
        await CopyAsync("""COPY "Enrolments" ("Id","CycleId","Ordinal","StreetId","CommunityId","WorkerId","WorkerName","PostId","GridIds","HireDate","EnrolledAt") FROM STDIN (FORMAT BINARY)""",
            _enrolments, [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Integer, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar,
                NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Date, NpgsqlDbType.TimestampTz], ct);
        await CopyAsync("""COPY "ScoreSheets" ("Id","CycleId","StreetId","CommunityId","WorkerId","Group","RaterWorkerId","Status","Version","SubmittedAt","ConcurrencyStamp","CreationTime") FROM STDIN (FORMAT BINARY)""",
            _sheets, [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Integer, NpgsqlDbType.Uuid,
                NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.TimestampTz, NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz], ct);
        await CopyAsync("""COPY "ScoreSheetScores" ("SheetId","IndicatorCode","Score") FROM STDIN (FORMAT BINARY)""",
            _scores, [NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Numeric], ct);
        _enrolments.Clear(); _sheets.Clear(); _scores.Clear();
    }

    private async Task CopyAsync(string copy, List<object?[]> rows, NpgsqlDbType[] types, CancellationToken ct)
    {
        await using var importer = await Connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(row[i]!, types[i], ct);
            }
        }
        await importer.CompleteAsync(ct);
    }
}
