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
