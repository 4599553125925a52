namespace GridStaff.EntityFrameworkCore;

using GridStaff.Appeals;
using GridStaff.AssessmentResults;
using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.Auditing;
using GridStaff.Communities;
using GridStaff.Districts;
using GridStaff.EvaluationCycles;
using GridStaff.Grids;
using GridStaff.Organizations;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.Notifications;
using GridStaff.ScoreSheets;
using GridStaff.StaffingNorms;
using GridStaff.Streets;
using GridStaff.Users;
using GridStaff.WorkData;
using GridStaff.Posts;
using GridStaff.Workers;
using GridStaff.PartTimeForces;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one DbContext. Data scope lives here, as named query filters that read the current user's
/// street/community, so no app service can forget it. Turn one off by name, visibly:
/// <c>query.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter])</c>.
/// </summary>
public class GridStaffDbContext(DbContextOptions<GridStaffDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext, IUnitOfWork
{
    public const string DataScopeFilter = "DataScope";
    public const string SoftDeleteFilter = "SoftDelete";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Street> Streets => Set<Street>();
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<MicroGrid> MicroGrids => Set<MicroGrid>();
    public DbSet<GridTaskItem> GridTaskItems => Set<GridTaskItem>();
    public DbSet<StaffingNorm> StaffingNorms => Set<StaffingNorm>();
    public DbSet<AssessmentTemplate> AssessmentTemplates => Set<AssessmentTemplate>();
    public DbSet<WorkDataRecord> WorkDataRecords => Set<WorkDataRecord>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Worker> Workers => Set<Worker>();
    // A worker's history, contracts and grids have no DbSet: they carry no scope of their own and are
    // read only through their (scoped) Worker.
    public DbSet<PartTimeForce> PartTimeForces => Set<PartTimeForce>();
    public DbSet<EvaluationCycle> EvaluationCycles => Set<EvaluationCycle>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();
    public DbSet<AssessmentResult> AssessmentResults => Set<AssessmentResult>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<Notification> Notifications => Set<Notification>();

    // Read by the query filters; EF evaluates them per query on this context instance.
    private DataScope Scope => currentUser.Scope;
    private bool Unrestricted => Scope.IsUnrestricted;
    private Guid? ScopeStreetId => Scope.StreetId;
    private Guid? ScopeCommunityId => Scope.CommunityId;
    private Guid? ScopeWorkerId => Scope.WorkerId;

    Task<int> IUnitOfWork.SaveChangesAsync(CancellationToken ct) => SaveChangesAsync(ct);

    /// <summary>
    /// Every DateTime GridStaff stores is UTC. SQLite and SQL Server give them back with an unspecified
    /// kind, which JSON would then send without its "Z"; reading them as UTC keeps the API's times exact.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Writes local times as UTC and an unspecified kind as the UTC it already is; reads as UTC.</summary>
    public sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var notDeleted = NotDeletedSql;
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new DistrictConfiguration(notDeleted));
        builder.ApplyConfiguration(new StreetConfiguration(notDeleted));
        builder.ApplyConfiguration(new CommunityConfiguration(notDeleted));
        builder.ApplyConfiguration(new GridConfiguration(notDeleted));
        builder.ApplyConfiguration(new MicroGridConfiguration(notDeleted));
        builder.ApplyConfiguration(new GridTaskItemConfiguration());
        builder.ApplyConfiguration(new StaffingNormConfiguration());
        builder.ApplyConfiguration(new AssessmentTemplateConfiguration());
        builder.ApplyConfiguration(new WorkDataRecordConfiguration());
        builder.ApplyConfiguration(new PostConfiguration());
        builder.ApplyConfiguration(new WorkerConfiguration(notDeleted));
        builder.ApplyConfiguration(new WorkerEventConfiguration());
        builder.ApplyConfiguration(new WorkerContractConfiguration());
        builder.ApplyConfiguration(new WorkerGridAssignmentConfiguration());
        builder.ApplyConfiguration(new PartTimeForceConfiguration());
        builder.ApplyConfiguration(new EvaluationCycleConfiguration());
        builder.ApplyConfiguration(new EnrolmentConfiguration());
        builder.ApplyConfiguration(new ScoreSheetConfiguration());
        builder.ApplyConfiguration(new AssessmentResultConfiguration());
        builder.ApplyConfiguration(new AppealConfiguration());
        builder.ApplyConfiguration(new NotificationConfiguration());

        builder.Entity<District>().HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted);

        builder.Entity<Street>()
            .HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted)
            .HasQueryFilter(DataScopeFilter, e => Unrestricted || e.Id == ScopeStreetId);

        builder.Entity<Community>()
            .HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted)
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.Id == ScopeCommunityId)));

        builder.Entity<Grid>()
            .HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted)
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)));

        builder.Entity<MicroGrid>()
            .HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted)
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)));

        builder.Entity<GridTaskItem>()
            .HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted)
            .HasQueryFilter(DataScopeFilter, e => Unrestricted || e.StreetId == ScopeStreetId);

        // The city default (StreetId null) is visible to everyone; a street's own versions only to that street.
        builder.Entity<StaffingNorm>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted || e.StreetId == null || e.StreetId == ScopeStreetId);

        // Assessment: templates and work data belong to a street; directors read their street's templates.
        builder.Entity<AssessmentTemplate>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted || e.StreetId == ScopeStreetId);
        builder.Entity<WorkDataRecord>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && ScopeCommunityId == null));
        builder.Entity<Post>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted || e.StreetId == null || e.StreetId == ScopeStreetId);

        // HR: the street; a director: the community; a worker: only their own record.
        builder.Entity<Worker>()
            .HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted)
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)
                    && (ScopeWorkerId == null || e.Id == ScopeWorkerId)));

        builder.Entity<PartTimeForce>()
            .HasQueryFilter(SoftDeleteFilter, e => !e.IsDeleted)
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)));
        builder.Entity<EvaluationCycle>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted || e.StreetId == ScopeStreetId);
        builder.Entity<Enrolment>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)));
        // A worker sees only the sheets they rate (peer, self); which sheets a director or HR fills is the app service's narrowing.
        builder.Entity<ScoreSheet>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)
                    && (ScopeWorkerId == null || e.RaterWorkerId == ScopeWorkerId)));
        // Results and appeals: HR their street, a director their community, a worker only their own.
        builder.Entity<AssessmentResult>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)
                    && (ScopeWorkerId == null || e.WorkerId == ScopeWorkerId)));
        builder.Entity<Appeal>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted
                || (e.StreetId == ScopeStreetId && (ScopeCommunityId == null || e.CommunityId == ScopeCommunityId)
                    && (ScopeWorkerId == null || e.WorkerId == ScopeWorkerId)));
        builder.Entity<Notification>()
            .HasQueryFilter(DataScopeFilter, e => Unrestricted || e.StreetId == ScopeStreetId);

        // Audit entries are read through their own permission-checked service, never through scope.
    }

    /// <summary>SQL for "not soft-deleted" in a filtered unique index, in this provider's dialect.</summary>
    internal string NotDeletedSql => Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.SqlServer" => "[IsDeleted] = 0",
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "\"IsDeleted\" = false",
        _ => "\"IsDeleted\" = 0",
    };
}
