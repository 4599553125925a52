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

public class EvaluationCycleConfiguration : IEntityTypeConfiguration<EvaluationCycles.EvaluationCycle>
{
    public void Configure(EntityTypeBuilder<EvaluationCycles.EvaluationCycle> b)
    {
        b.ToTable("EvaluationCycles");
        b.Property(e => e.Name).HasMaxLength(AssessmentConsts.MaxNameLength).IsRequired();
        b.Property(e => e.CancelReason).HasMaxLength(AssessmentConsts.MaxReasonLength);
        b.PrimitiveCollection<List<int>>("_sentReminderHours").HasColumnName("SentReminderHours");
        b.Ignore(e => e.SentReminderHours);
        b.Property<List<EvaluationCycles.CycleComponent>>("_components").HasColumnName("Components")
            .HasConversion(JsonValue.Converter<List<EvaluationCycles.CycleComponent>>(), JsonValue.Comparer<List<EvaluationCycles.CycleComponent>>());
        b.Ignore(e => e.Components);
        b.Ignore(e => e.AppealWindowEndsAt);
        b.Ignore(e => e.OwnWeight);
        b.Ignore(e => e.CanCalibrate);
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssessmentTemplate>().WithMany().HasForeignKey(e => e.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.StreetId, e.Status });
        b.HasIndex(e => e.Status);
    }
}

public class EnrolmentConfiguration : IEntityTypeConfiguration<EvaluationCycles.Enrolment>
{
    public void Configure(EntityTypeBuilder<EvaluationCycles.Enrolment> b)
    {
        b.ToTable("Enrolments");
        b.Property(e => e.WorkerName).HasMaxLength(128).IsRequired();
        b.Property(e => e.GridIds).HasMaxLength(2000).IsRequired();
        b.Ignore(e => e.GridIdList);
        b.HasOne<EvaluationCycles.EvaluationCycle>().WithMany().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CycleId, e.WorkerId }).IsUnique();
        b.HasIndex(e => new { e.CycleId, e.Ordinal }).IsUnique();
        b.HasIndex(e => new { e.StreetId, e.CommunityId });
    }
}

public class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheets.ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheets.ScoreSheet> b)
    {
        b.ToTable("ScoreSheets");
        b.Property(e => e.RescoreReason).HasMaxLength(AssessmentConsts.MaxReasonLength);
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.OwnsMany(e => e.Scores, s =>
        {
            s.ToTable("ScoreSheetScores");
            s.WithOwner().HasForeignKey("SheetId");
            s.Property<int>("Id");
            s.HasKey("Id");
            s.Property(x => x.IndicatorCode).HasMaxLength(AssessmentConsts.MaxCodeLength).IsRequired();
            s.Property(x => x.Score).HasPrecision(9, 2);
            s.Property(x => x.Comment).HasMaxLength(AssessmentConsts.MaxCommentLength);
        });
        b.Navigation(e => e.Scores).HasField("_scores").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<EvaluationCycles.EvaluationCycle>().WithMany().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CycleId, e.WorkerId, e.Status });
        b.HasIndex(e => new { e.CycleId, e.RaterWorkerId });
        b.HasIndex(e => new { e.StreetId, e.CommunityId });
    }
}

public class AssessmentResultConfiguration : IEntityTypeConfiguration<AssessmentResults.AssessmentResult>
{
    public void Configure(EntityTypeBuilder<AssessmentResults.AssessmentResult> b)
    {
        // The breakdown (a few KB of JSON, written once per computation) has a table of its own: the
        // quota pass rewrites a result's grade and ranks without rewriting the breakdown beside them.
        b.ToTable("AssessmentResults").SplitToTable("AssessmentResultBreakdowns", t => t.Property(e => e.BreakdownJson).HasColumnName("Breakdown"));
        // On PostgreSQL the results table is filled to half its pages (migration ResultStorage, not the
        // model: a storage parameter here would apply to the breakdown's table too).
        b.Property(e => e.Total).HasPrecision(7, 2);
        b.Property(e => e.DirectorScore).HasPrecision(7, 2);
        b.Property(e => e.CalibrationReason).HasMaxLength(AssessmentConsts.MaxReasonLength);
        b.Property(e => e.PoolKey).HasMaxLength(64).IsRequired();
        // lz4 on PostgreSQL: it compresses a breakdown three times faster than the default pglz (which took
        // an eighth of the server's time in a city's compile), for a fifth more space.
        b.Property(e => e.BreakdownJson).IsRequired().UseCompressionMethod("lz4");
        b.Ignore(e => e.Breakdown);
        b.Ignore(e => e.Grade);
        b.HasOne<EvaluationCycles.EvaluationCycle>().WithMany().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CycleId, e.WorkerId }).IsUnique();
        b.HasIndex(e => new { e.CycleId, e.CommunityId });
        b.HasIndex(e => e.WorkerId);
    }
}

public class AppealConfiguration : IEntityTypeConfiguration<Appeals.Appeal>
{
    public void Configure(EntityTypeBuilder<Appeals.Appeal> b)
    {
        b.ToTable("Appeals");
        b.Property(e => e.Reason).HasMaxLength(AssessmentConsts.MaxReasonLength).IsRequired();
        b.Property(e => e.Decision).HasMaxLength(AssessmentConsts.MaxReasonLength);
        b.Property(e => e.TotalBefore).HasPrecision(7, 2);
        b.Property(e => e.TotalAfter).HasPrecision(7, 2);
        b.PrimitiveCollection<List<string>>("_indicatorCodes").HasColumnName("IndicatorCodes");
        b.Ignore(e => e.IndicatorCodes);
        b.HasOne<EvaluationCycles.EvaluationCycle>().WithMany().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CycleId, e.WorkerId }).IsUnique();
        b.HasIndex(e => e.Status);
    }
}

public class NotificationConfiguration : IEntityTypeConfiguration<Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<Notifications.Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(e => e.Role).HasMaxLength(64);
        b.Property(e => e.Title).HasMaxLength(Notifications.Notification.MaxTitleLength).IsRequired();
        b.Property(e => e.Body).HasMaxLength(Notifications.Notification.MaxBodyLength).IsRequired();
        b.Property(e => e.DedupeKey).HasMaxLength(Notifications.Notification.MaxKeyLength).IsRequired();
        b.Ignore(e => e.Audience);
        b.HasIndex(e => e.DedupeKey).IsUnique();
        b.HasIndex(e => new { e.StreetId, e.WorkerId });
    }
}
