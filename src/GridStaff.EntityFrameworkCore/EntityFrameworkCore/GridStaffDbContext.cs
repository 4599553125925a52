namespace GridStaff.EntityFrameworkCore;

using GridStaff.Auditing;
using GridStaff.Communities;
using GridStaff.Districts;
using GridStaff.Grids;
using GridStaff.Organizations;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.StaffingNorms;
using GridStaff.Streets;
using GridStaff.Users;
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
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<WorkerEvent> WorkerEvents => Set<WorkerEvent>();
    public DbSet<WorkerContract> WorkerContracts => Set<WorkerContract>();
    public DbSet<PartTimeForce> PartTimeForces => Set<PartTimeForce>();

    // Read by the query filters; EF evaluates them per query on this context instance.
    private DataScope Scope => currentUser.Scope;
    private bool Unrestricted => Scope.IsUnrestricted;
    private Guid? ScopeStreetId => Scope.StreetId;
    private Guid? ScopeCommunityId => Scope.CommunityId;
    private Guid? ScopeWorkerId => Scope.WorkerId;

    Task<int> IUnitOfWork.SaveChangesAsync(CancellationToken ct) => SaveChangesAsync(ct);

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
        builder.ApplyConfiguration(new PostConfiguration());
        builder.ApplyConfiguration(new WorkerConfiguration(notDeleted));
        builder.ApplyConfiguration(new WorkerEventConfiguration());
        builder.ApplyConfiguration(new WorkerContractConfiguration());
        builder.ApplyConfiguration(new WorkerGridAssignmentConfiguration());
        builder.ApplyConfiguration(new PartTimeForceConfiguration());

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
