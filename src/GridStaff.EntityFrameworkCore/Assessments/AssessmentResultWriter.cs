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

/// <summary>
/// <see cref="IAssessmentResultWriter"/> on plain ADO.NET commands over the context's connection: one
/// parameterised statement per row, sent as a <see cref="DbBatch"/> where the provider has batches
/// (PostgreSQL) and as one re-used prepared command otherwise (SQLite). Column names, quoting and
/// value conversion all come from the EF model, so the SQL stays right on every provider.
/// </summary>
public class AssessmentResultWriter(GridStaffDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAssessmentResultWriter
{
    private const int BatchSize = 500;

    /// <summary>What <see cref="AssessmentResult.SetComputation"/> writes.</summary>
    private static readonly string[] ComputedColumns =
    [
        nameof(AssessmentResult.Total), nameof(AssessmentResult.TotalForSorting), nameof(AssessmentResult.DirectorScore),
        nameof(AssessmentResult.ComputedGrade), nameof(AssessmentResult.GroupMissing), nameof(AssessmentResult.BreakdownJson),
        nameof(AssessmentResult.ComputedAt),
    ];

    private readonly ModelSql model = new(db);
    private IEntityType Type => model.Entity(typeof(AssessmentResult));
    private string Table => model.Table(Type);
    private IProperty Property(string name) => Type.FindProperty(name)!;
    private string Column(string name) => model.Column(Type, name);
    private string Parameter(string name) => model.Placeholder(name);

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
            await ExecuteRowsAsync($"INSERT INTO {table} ({string.Join(", ", insert.Select(c => c.Column))}) " +
                                   $"VALUES ({string.Join(", ", insert.Select(c => Parameter(c.Property.Name)))})",
                created, [.. insert.Select(c => c.Property)], Value, ct);

            var update = columns.Where(c => updated.Contains(c.Property.Name)).ToList();
            var key = columns.Single(c => c.Property.IsPrimaryKey());
            await ExecuteRowsAsync($"UPDATE {table} SET {string.Join(", ", update.Select(c => $"{c.Column} = {Parameter(c.Property.Name)}"))} " +
                                   $"WHERE {key.Column} = {Parameter(key.Property.Name)}",
                recomputed, [.. update.Select(c => c.Property), key.Property], Value, ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>The tables a result is stored in, the result's own first, each with its delimited columns.</summary>
    private IEnumerable<(string Table, List<(IProperty Property, string Column)> Columns)> Tables() =>
        Type.GetTableMappings()
            .OrderBy(m => m.Table.Name == Type.GetTableName() ? 0 : 1)
            .Select(m => (model.Table(m.Table),
                m.ColumnMappings.Where(c => !c.Property.IsShadowProperty()).Select(c => (c.Property, model.Column(c.Column))).ToList()));

    public async Task WriteOutcomesAsync(Guid cycleId, IReadOnlyList<QuotaOutcome> outcomes, CancellationToken ct = default)
    {
        if (outcomes.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        string Keep(string column) =>
            $"{Column(column)} = CASE WHEN {Column(nameof(AssessmentResult.CalibratedGrade))} = {Parameter(nameof(AssessmentResult.QuotaGrade))} THEN NULL ELSE {Column(column)} END";
        var sql = $"""
            UPDATE {Table} SET
              {Column(nameof(AssessmentResult.QuotaGrade))} = {Parameter(nameof(AssessmentResult.QuotaGrade))},
              {Column(nameof(AssessmentResult.QuotaDowngraded))} = {Parameter(nameof(AssessmentResult.QuotaDowngraded))},
              {Column(nameof(AssessmentResult.TieForHr))} = {Parameter(nameof(AssessmentResult.TieForHr))},
              {Column(nameof(AssessmentResult.RankInCommunity))} = {Parameter(nameof(AssessmentResult.RankInCommunity))},
              {Column(nameof(AssessmentResult.RankInStreet))} = {Parameter(nameof(AssessmentResult.RankInStreet))},
              {Column(nameof(AssessmentResult.PoolKey))} = {Parameter(nameof(AssessmentResult.PoolKey))},
              {Keep(nameof(AssessmentResult.CalibrationReason))},
              {Keep(nameof(AssessmentResult.CalibratedBy))},
              {Keep(nameof(AssessmentResult.CalibratedGrade))},
              {Column(nameof(IAuditedObject.LastModificationTime))} = {Parameter(nameof(IAuditedObject.LastModificationTime))},
              {Column(nameof(IAuditedObject.LastModifierId))} = {Parameter(nameof(IAuditedObject.LastModifierId))}
            WHERE {Column(nameof(AssessmentResult.CycleId))} = {Parameter(nameof(AssessmentResult.CycleId))}
              AND {Column(nameof(AssessmentResult.WorkerId))} = {Parameter(nameof(AssessmentResult.WorkerId))}
            """;
        IProperty[] columns =
        [
            Property(nameof(AssessmentResult.QuotaGrade)), Property(nameof(AssessmentResult.QuotaDowngraded)), Property(nameof(AssessmentResult.TieForHr)),
            Property(nameof(AssessmentResult.RankInCommunity)), Property(nameof(AssessmentResult.RankInStreet)), Property(nameof(AssessmentResult.PoolKey)),
            Property(nameof(IAuditedObject.LastModificationTime)), Property(nameof(IAuditedObject.LastModifierId)),
            Property(nameof(AssessmentResult.CycleId)), Property(nameof(AssessmentResult.WorkerId)),
        ];
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
        await ExecuteRowsAsync(sql, outcomes, columns, Value, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task AuditCompileAsync(Guid cycleId, int created, int recomputed, CancellationToken ct = default)
    {
        var changes = new Dictionary<string, object?[]> { ["Created"] = [created], ["Recomputed"] = [recomputed] };
        db.Add(new AuditEntry(Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, currentUser.Id, currentUser.UserName,
            nameof(AssessmentResult) + "s.Compiled", cycleId, AuditChangeKind.Updated, JsonSerializer.Serialize(changes)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Runs <paramref name="sql"/> once per row inside the current transaction, parameters converted by the EF type mappings.</summary>
    private async Task ExecuteRowsAsync<T>(string sql, IReadOnlyList<T> rows, IReadOnlyList<IProperty> columns,
        Func<T, IProperty, object?> value, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var mappings = columns.Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Name: model.ParameterName(p.Name))).ToList();
        await using var scratch = connection.CreateCommand(); // parameter factory for batch commands

        if (connection.CanCreateBatch)
        {
            foreach (var chunk in rows.Chunk(BatchSize))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var row in chunk)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = sql;
                    foreach (var (property, mapping, name) in mappings)
                        command.Parameters.Add(mapping.CreateParameter(scratch, name, value(row, property), property.IsNullable));
                    batch.BatchCommands.Add(command);
                }
                await batch.ExecuteNonQueryAsync(ct);
            }
            return;
        }

        // One command, re-used: the provider keeps the statement prepared while the text stays the same.
        await using var single = connection.CreateCommand();
        single.Transaction = transaction;
        single.CommandText = sql;
        foreach (var row in rows)
        {
            single.Parameters.Clear();
            foreach (var (property, mapping, name) in mappings)
                single.Parameters.Add(mapping.CreateParameter(single, name, value(row, property), property.IsNullable));
            await single.ExecuteNonQueryAsync(ct);
        }
    }
}
