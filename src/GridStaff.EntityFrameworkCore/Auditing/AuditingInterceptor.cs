namespace GridStaff.Auditing;

using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;
using System.Text.Json;
using GridStaff.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Stamps who and when on audited entities, turns deletes of <see cref="ISoftDelete"/> into marks,
/// and writes an <see cref="AuditEntry"/> per changed aggregate in the same SaveChanges.
/// Properties marked [PersonalData] are recorded as changed but their values never leave the row.
/// </summary>
public class AuditingInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Stamp(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Stamp(context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries<AuditedAggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in entries)
        {
            var kind = entry.State switch
            {
                EntityState.Added => AuditChangeKind.Created,
                EntityState.Deleted => AuditChangeKind.Deleted,
                _ => AuditChangeKind.Updated,
            };

            if (entry.State == EntityState.Added)
            {
                entry.Property(nameof(IAuditedObject.CreationTime)).CurrentValue = now;
                entry.Property(nameof(IAuditedObject.CreatorId)).CurrentValue = currentUser.Id;
            }
            else if (entry.State == EntityState.Deleted && entry.Entity is ISoftDelete)
            {
                entry.State = EntityState.Modified;
                entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
                entry.Property(nameof(ISoftDelete.DeletionTime)).CurrentValue = now;
                entry.Property(nameof(ISoftDelete.DeleterId)).CurrentValue = currentUser.Id;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Property(nameof(IAuditedObject.LastModificationTime)).CurrentValue = now;
                entry.Property(nameof(IAuditedObject.LastModifierId)).CurrentValue = currentUser.Id;
            }

            var changes = Changes(entry, kind);
            if (kind == AuditChangeKind.Updated && changes.Count == 0) continue;
            context.Add(new AuditEntry(Guid.CreateVersion7(), now, currentUser.Id, currentUser.UserName,
                entry.Metadata.ClrType.Name, entry.Entity.Id, kind, JsonSerializer.Serialize(changes)));
        }
    }

    private static readonly HashSet<string> StampProperties =
    [
        nameof(IAuditedObject.CreationTime), nameof(IAuditedObject.CreatorId),
        nameof(IAuditedObject.LastModificationTime), nameof(IAuditedObject.LastModifierId),
        nameof(ISoftDelete.DeletionTime), nameof(ISoftDelete.DeleterId),
    ];

    private static Dictionary<string, object?[]> Changes(EntityEntry entry, AuditChangeKind kind)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name.TrimStart('_');
            if (StampProperties.Contains(name) || property.Metadata.IsPrimaryKey()) continue;
            if (kind == AuditChangeKind.Updated && !property.IsModified) continue;
            if (kind == AuditChangeKind.Deleted && name != nameof(ISoftDelete.IsDeleted)) continue;

            changes[name] = IsPersonal(property.Metadata.PropertyInfo)
                ? ["***"]
                : kind == AuditChangeKind.Created ? [property.CurrentValue] : [property.OriginalValue, property.CurrentValue];
        }
        return changes;
    }

    private static bool IsPersonal(PropertyInfo? property) =>
        property?.GetCustomAttribute<PersonalDataAttribute>() is not null || property?.GetCustomAttribute<NotMappedAttribute>() is not null;
}
