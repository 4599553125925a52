namespace GridStaff.Assessments;

using System.Data.Common;
using System.Text.Json;
using GridStaff.AssessmentResults;
using GridStaff.Auditing;
using GridStaff.EntityFrameworkCore;
using GridStaff.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

/// <summary>
/// <see cref="IAssessmentResultWriter"/> on plain ADO.NET commands over the context's connection.
/// PostgreSQL gets the rows as sets (a round trip and a plan per row cost the server more than the
/// rows themselves): new results by binary <c>COPY</c>, updates as one statement per chunk, every
/// column one typed array that <c>unnest</c> turns back into rows. Elsewhere one parameterised
/// statement per row: sent as a <see cref="DbBatch"/> where the provider has batches (SQL Server), as
/// one re-used prepared command otherwise (SQLite runs in the process: a row costs no round trip).
/// Column names, quoting and value conversion all come from the EF model, so the SQL stays right on
/// every provider.
/// </summary>
public class AssessmentResultWriter(GridStaffDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAssessmentResultWriter
{
    /// <summary>Rows per UPDATE on PostgreSQL: the quota pass writes a whole street in a few.</summary>
    private const int SetSize = 5000;

    /// <summary>Statements per <see cref="DbBatch"/> elsewhere.</summary>
    private const int BatchSize = 500;

    /// <summary>What <see cref="AssessmentResult.SetComputation"/> writes.</summary>
    private static readonly string[] ComputedColumns =
    [
        nameof(AssessmentResult.Total), nameof(AssessmentResult.TotalForSorting), nameof(AssessmentResult.DirectorScore),
        nameof(AssessmentResult.ComputedGrade), nameof(AssessmentResult.GroupMissing), nameof(AssessmentResult.BreakdownJson),
        nameof(AssessmentResult.ComputedAt),
    ];

    /// <summary>What the quota pass writes from its outcome, with the stamps.</summary>
    private static readonly string[] OutcomeColumns =
    [
        nameof(AssessmentResult.QuotaGrade), nameof(AssessmentResult.QuotaDowngraded), nameof(AssessmentResult.TieForHr),
        nameof(AssessmentResult.RankInCommunity), nameof(AssessmentResult.RankInStreet), nameof(AssessmentResult.PoolKey),
        nameof(IAuditedObject.LastModificationTime), nameof(IAuditedObject.LastModifierId),
    ];

    private static readonly string[] CalibrationColumns =
        [nameof(AssessmentResult.CalibrationReason), nameof(AssessmentResult.CalibratedBy), nameof(AssessmentResult.CalibratedGrade)];

    private readonly ModelSql model = new(db);
    private bool AsSets => db.Database.IsNpgsql();
    private IEntityType Type => model.Entity(typeof(AssessmentResult));
    private Column Own(string property) => new(Type.FindProperty(property)!, model.Column(Type, property));

    public async Task WriteComputedAsync(IReadOnlyList<AssessmentResult> created, IReadOnlyList<AssessmentResult> recomputed, CancellationToken ct = default)
    {
        if (created.Count == 0 && recomputed.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var user = currentUser.Id;

        // The interceptor does not see this path: the stamps are written here.
        object? Value(AssessmentResult r, IProperty p) => p.Name switch
        {
            nameof(IAuditedObject.CreationTime) => now,
            nameof(IAuditedObject.CreatorId) => user,
            nameof(IAuditedObject.LastModificationTime) => now,
            nameof(IAuditedObject.LastModifierId) => user,
            _ => p.GetGetter().GetClrValueUsingContainingEntity(r),
        };
        var updated = ComputedColumns.Append(nameof(IAuditedObject.LastModificationTime)).Append(nameof(IAuditedObject.LastModifierId)).ToHashSet();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A result spans two tables (the breakdown has its own): each gets its row, the result's first.
        foreach (var (table, columns) in Tables())
        {
            var insert = columns.Where(c => c.Property.Name is not (nameof(IAuditedObject.LastModificationTime) or nameof(IAuditedObject.LastModifierId))).ToList();
            var names = string.Join(", ", insert.Select(c => c.Name));
            if (AsSets)
                await CopyAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", created, insert, Value, ct);
            else
                await ExecuteAsync($"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", insert.Select(Placeholder))})", created, insert, Value, ct);

            var key = columns.Single(c => c.Property.IsPrimaryKey());
            var update = columns.Where(c => updated.Contains(c.Property.Name)).ToList();
            await ExecuteAsync(Update(table, update.Select(c => (c, New(c))), update, [key]), recomputed, [.. update, key], Value, ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>The tables a result is stored in, the result's own first, each with its delimited columns.</summary>
    private IEnumerable<(string Table, List<Column> Columns)> Tables() =>
        Type.GetTableMappings()
            .OrderBy(m => m.Table.Name == Type.GetTableName() ? 0 : 1)
            .Select(m => (model.Table(m.Table),
                m.ColumnMappings.Where(c => !c.Property.IsShadowProperty()).Select(c => new Column(c.Property, model.Column(c.Column))).ToList()));

    public async Task WriteOutcomesAsync(Guid cycleId, IReadOnlyList<QuotaOutcome> outcomes, CancellationToken ct = default)
    {
        if (outcomes.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var written = OutcomeColumns.Select(Own).ToList();
        Column[] keys = [Own(nameof(AssessmentResult.CycleId)), Own(nameof(AssessmentResult.WorkerId))];
        var quotaGrade = written[0];
        var calibratedGrade = Own(nameof(AssessmentResult.CalibratedGrade));
        // A calibration the new quota grade makes moot is dropped, as AssessmentResult.ApplyQuota does.
        var assignments = written.Select(c => (c, New(c)))
            .Concat(CalibrationColumns.Select(Own).Select(c =>
                (c, $"CASE WHEN {Current(calibratedGrade)} = {New(quotaGrade)} THEN NULL ELSE {Current(c)} END")));
        object? Value(QuotaOutcome o, IProperty p) => p.Name switch
        {
            nameof(AssessmentResult.QuotaGrade) => o.Grade,
            nameof(AssessmentResult.QuotaDowngraded) => o.Downgraded,
            nameof(AssessmentResult.TieForHr) => o.TieForHr,
            nameof(AssessmentResult.RankInCommunity) => o.RankInCommunity,
            nameof(AssessmentResult.RankInStreet) => o.RankInStreet,
            nameof(AssessmentResult.PoolKey) => o.PoolKey,
            nameof(IAuditedObject.LastModificationTime) => now,
            nameof(IAuditedObject.LastModifierId) => currentUser.Id,
            nameof(AssessmentResult.CycleId) => cycleId,
            _ => o.WorkerId,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ExecuteAsync(Update(model.Table(Type), assignments, written, keys), outcomes, [.. written, .. keys], Value, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task AuditCompileAsync(Guid cycleId, int created, int recomputed, CancellationToken ct = default)
    {
        var changes = new Dictionary<string, object?[]> { ["Created"] = [created], ["Recomputed"] = [recomputed] };
        db.Add(new AuditEntry(Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, currentUser.Id, currentUser.UserName,
            nameof(AssessmentResult) + "s.Compiled", cycleId, AuditChangeKind.Updated, JsonSerializer.Serialize(changes)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A column of a result's table and the property it stores.</summary>
    private sealed record Column(IProperty Property, string Name);

    private string Placeholder(Column c) => model.Placeholder(c.Property.Name);

    /// <summary>The value written to a column: the row's parameter, or the column of the unnested set <c>v</c>.</summary>
    private string New(Column c) => AsSets ? $"v.{c.Name}" : Placeholder(c);

    /// <summary>The column's value before the update (the target is aliased <c>r</c> where it is joined to a set).</summary>
    private string Current(Column c) => AsSets ? $"r.{c.Name}" : c.Name;

    /// <summary>The rows as one array parameter per column, cast to the column's type, unnested as <c>v</c>.</summary>
    private string Unnest(IReadOnlyList<Column> columns) =>
        $"unnest({string.Join(", ", columns.Select(c => $"CAST({Placeholder(c)} AS {c.Property.GetRelationalTypeMapping().StoreType}[])"))}) " +
        $"AS v({string.Join(", ", columns.Select(c => c.Name))})";

    /// <summary>An UPDATE of the rows found by <paramref name="keys"/>; <paramref name="fed"/> are the other columns the rows bring.</summary>
    private string Update(string table, IEnumerable<(Column Column, string Value)> assignments, IReadOnlyList<Column> fed, IReadOnlyList<Column> keys)
    {
        var set = string.Join(", ", assignments.Select(a => $"{a.Column.Name} = {a.Value}"));
        return AsSets
            ? $"UPDATE {table} AS r SET {set} FROM {Unnest([.. fed, .. keys])} WHERE {string.Join(" AND ", keys.Select(k => $"r.{k.Name} = v.{k.Name}"))}"
            : $"UPDATE {table} SET {set} WHERE {string.Join(" AND ", keys.Select(k => $"{k.Name} = {Placeholder(k)}"))}";
    }

    /// <summary>Runs <paramref name="sql"/> for the rows inside the current transaction, values converted by the EF type mappings.</summary>
    private async Task ExecuteAsync<T>(string sql, IReadOnlyList<T> rows, IReadOnlyList<Column> columns, Func<T, IProperty, object?> value, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var mappings = columns.Select(c => (c.Property, Mapping: c.Property.GetRelationalTypeMapping(), Name: model.ParameterName(c.Property.Name))).ToList();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;

        if (AsSets)
        {
            foreach (var chunk in rows.Chunk(SetSize))
            {
                command.Parameters.Clear();
                foreach (var (property, mapping, name) in mappings)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = ProviderArray(chunk, property, mapping, value);
                    command.Parameters.Add(parameter);
                }
                await command.ExecuteNonQueryAsync(ct);
            }
            return;
        }

        if (command.Connection!.CanCreateBatch)
        {
            foreach (var chunk in rows.Chunk(BatchSize))
            {
                await using var batch = command.Connection.CreateBatch();
                batch.Transaction = command.Transaction;
                foreach (var row in chunk)
                {
                    var statement = batch.CreateBatchCommand();
                    statement.CommandText = sql;
                    foreach (var (property, mapping, name) in mappings)
                        statement.Parameters.Add(mapping.CreateParameter(command, name, value(row, property), property.IsNullable));
                    batch.BatchCommands.Add(statement);
                }
                await batch.ExecuteNonQueryAsync(ct);
            }
            return;
        }

        // One command, re-used: the provider keeps the statement prepared while the text stays the same.
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            foreach (var (property, mapping, name) in mappings)
                command.Parameters.Add(mapping.CreateParameter(command, name, value(row, property), property.IsNullable));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// PostgreSQL's bulk load: the rows streamed in the binary format, each value sent as its column's type.
    /// No statement to plan and no arrays to parse (an INSERT from unnested arrays spent more time there
    /// than storing the rows).
    /// </summary>
    private async Task CopyAsync<T>(string copy, IReadOnlyList<T> rows, IReadOnlyList<Column> columns, Func<T, IProperty, object?> value, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var mappings = columns.Select(c => (c.Property, Mapping: c.Property.GetRelationalTypeMapping())).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var (property, mapping) in mappings)
            {
                var v = value(row, property);
                if (v is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(ToProvider(mapping, v), mapping.StoreTypeNameBase, ct);
            }
        }
        await importer.CompleteAsync(ct);
    }

    /// <summary>A column's values as a typed array of what the provider stores (an enum as its number), nullable where the column is.</summary>
    private static Array ProviderArray<T>(T[] rows, IProperty property, RelationalTypeMapping mapping, Func<T, IProperty, object?> value)
    {
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        if (type.IsValueType && property.IsNullable) type = typeof(Nullable<>).MakeGenericType(type);
        var array = Array.CreateInstance(type, rows.Length);
        for (var i = 0; i < rows.Length; i++) array.SetValue(ToProvider(mapping, value(rows[i], property)), i);
        return array;
    }

    /// <summary>A value as the provider stores it (an enum as its number).</summary>
    private static object? ToProvider(RelationalTypeMapping mapping, object? value) =>
        mapping.Converter is null ? value : mapping.Converter.ConvertToProvider(value);
}
