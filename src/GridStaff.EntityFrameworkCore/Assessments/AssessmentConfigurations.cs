namespace GridStaff.Assessments;

using GridStaff.AssessmentTemplates;
using GridStaff.Streets;
using GridStaff.WorkData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

public class AssessmentTemplateConfiguration : IEntityTypeConfiguration<AssessmentTemplate>
{
    public void Configure(EntityTypeBuilder<AssessmentTemplate> b)
    {
        b.ToTable("AssessmentTemplates");
        b.Property(e => e.Code).HasMaxLength(AssessmentConsts.MaxCodeLength).IsRequired();
        b.Property(e => e.Name).HasMaxLength(AssessmentConsts.MaxNameLength).IsRequired();
        b.Property(e => e.Definition).HasConversion(JsonValue.Converter<TemplateDefinition>(), JsonValue.Comparer<TemplateDefinition>()).IsRequired();
        b.Ignore(e => e.Warnings);
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.StreetId, e.Code, e.Version }).IsUnique();
    }
}

public class WorkDataRecordConfiguration : IEntityTypeConfiguration<WorkDataRecord>
{
    public void Configure(EntityTypeBuilder<WorkDataRecord> b)
    {
        b.ToTable("WorkDataRecords");
        b.Property(e => e.IndicatorCode).HasMaxLength(AssessmentConsts.MaxCodeLength).IsRequired();
        b.Property(e => e.Value).HasPrecision(12, 2);
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.WorkerId, e.IndicatorCode, e.PeriodStart, e.PeriodEnd }).IsUnique();
        b.HasIndex(e => new { e.StreetId, e.PeriodStart, e.PeriodEnd });
    }
}
