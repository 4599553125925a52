namespace GridStaff;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.Auditing;
using GridStaff.Communities;
using GridStaff.Districts;
using GridStaff.EntityFrameworkCore;
using GridStaff.Grids;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.Organizations;
using GridStaff.StaffingNorms;
using GridStaff.Streets;
using GridStaff.Users;
using GridStaff.WorkData;
using GridStaff.Posts;
using GridStaff.Workers;
using GridStaff.PartTimeForces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

public static class GridStaffEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The DbContext (with auditing), repositories and the Identity stores.</summary>
    public static IServiceCollection AddGridStaffEntityFrameworkCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase)
    {
        services.AddScoped<AuditingInterceptor>();
        services.AddDbContext<GridStaffDbContext>((sp, options) =>
        {
            configureDatabase(options);
            options.AddInterceptors(sp.GetRequiredService<AuditingInterceptor>());
        });
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<GridStaffDbContext>());
        services.AddScoped<DatabaseMigrator>();

        services.AddScoped<IDistrictRepository, DistrictRepository>();
        services.AddScoped<IStreetRepository, StreetRepository>();
        services.AddScoped<ICommunityRepository, CommunityRepository>();
        services.AddScoped<IGridRepository, GridRepository>();
        services.AddScoped<IMicroGridRepository, MicroGridRepository>();
        services.AddScoped<IGridTaskItemRepository, GridTaskItemRepository>();
        services.AddScoped<IStaffingNormRepository, StaffingNormRepository>();
        services.AddScoped<IAssessmentTemplateRepository, AssessmentTemplateRepository>();
        services.AddScoped<IWorkDataRepository, WorkDataRepository>();
        services.AddScoped<IPostRepository, PostRepository>();
        services.AddScoped<IWorkerRepository, WorkerRepository>();
        services.AddScoped<IAuditEntryRepository, AuditEntryRepository>();
        services.AddScoped<IPartTimeForceRepository, PartTimeForceRepository>();
        services.AddScoped<EvaluationCycles.IEvaluationCycleRepository, EvaluationCycleRepository>();
        services.AddScoped<EvaluationCycles.IEnrolmentRepository, EnrolmentRepository>();
        services.AddScoped<ScoreSheets.IScoreSheetRepository, ScoreSheetRepository>();
        services.AddScoped<AssessmentResults.IAssessmentResultRepository, AssessmentResultRepository>();
        services.AddScoped<AssessmentResults.IAssessmentResultWriter, AssessmentResultWriter>();
        services.AddScoped<Appeals.IAppealRepository, AppealRepository>();
        services.AddScoped<Notifications.INotificationRepository, NotificationRepository>();

        services.AddIdentityCore<AppUser>(GridStaffIdentityOptions.Configure)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<GridStaffDbContext>();
        return services;
    }

    public static IServiceCollection AddGridStaffEntityFrameworkCore(this IServiceCollection services, DatabaseProvider provider, string connectionString) =>
        services.AddGridStaffEntityFrameworkCore(options => GridStaffDatabase.Configure(options, provider, connectionString));
}
