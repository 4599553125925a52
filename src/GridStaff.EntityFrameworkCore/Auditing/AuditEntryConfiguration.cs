namespace GridStaff.Auditing;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(e => e.EntityType).HasMaxLength(AuditEntry.MaxEntityTypeLength).IsRequired();
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.ChangesJson).IsRequired();
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        b.HasIndex(e => e.Time);
    }
}

public class AuditEntryRepository(GridStaff.EntityFrameworkCore.GridStaffDbContext db) : GridStaff.EntityFrameworkCore.EfRepository<AuditEntry>(db), IAuditEntryRepository
{
    public async Task<IReadOnlyList<AuditEntry>> GetForEntityAsync(string entityType, Guid entityId, CancellationToken ct = default) =>
        await Set.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Time).ThenBy(e => e.Id).ToListAsync(ct);
}
