namespace GridStaff;

using GridStaff.Appeals;
using GridStaff.AssessmentResults;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.Notifications;
using GridStaff.ScoreSheets;
using GridStaff.Communities;
using GridStaff.Data;
using GridStaff.Districts;
using GridStaff.Grids;
using GridStaff.GridTaskItems;
using GridStaff.Identity;
using GridStaff.MicroGrids;
using GridStaff.My;
using GridStaff.Organizations;
using GridStaff.StaffingNorms;
using GridStaff.Streets;
using GridStaff.Workers;
using GridStaff.PartTimeForces;
using Microsoft.Extensions.DependencyInjection;

public static class GridStaffApplicationServiceCollectionExtensions
{
    /// <summary>Application services and their seed contributors; also registers the domain layer.</summary>
    public static IServiceCollection AddGridStaffApplication(this IServiceCollection services)
    {
        services.AddGridStaffDomain();

        services.AddScoped<IDistrictAppService, DistrictAppService>();
        services.AddScoped<IStreetAppService, StreetAppService>();
        services.AddScoped<ICommunityAppService, CommunityAppService>();
        services.AddScoped<IGridAppService, GridAppService>();
        services.AddScoped<IMicroGridAppService, MicroGridAppService>();
        services.AddScoped<IGridTaskItemAppService, GridTaskItemAppService>();
        services.AddScoped<IStaffingNormAppService, StaffingNormAppService>();
        services.AddScoped<IMyProfileAppService, MyProfileAppService>();
        services.AddScoped<IAssessmentTemplateAppService, AssessmentTemplateAppService>();
        services.AddScoped<IWorkerAppService, WorkerAppService>();
        services.AddScoped<IMyWorkerAppService, MyWorkerAppService>();
        services.AddScoped<IWorkerRosterAppService, WorkerRosterAppService>();
        services.AddScoped<IPartTimeForceAppService, PartTimeForceAppService>();
        services.AddScoped<IEvaluationCycleAppService, EvaluationCycleAppService>();
        services.AddScoped<IScoreSheetAppService, ScoreSheetAppService>();
        services.AddScoped<IAssessmentResultAppService, AssessmentResultAppService>();
        services.AddScoped<IMyAssessmentAppService, MyAssessmentAppService>();
        services.AddScoped<IAppealAppService, AppealAppService>();
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.AddScoped<EnrolleeLoader>();
        services.AddScoped<CyclePublisher>();
        services.AddScoped<AssessmentCompiler>();
        services.AddOptions<AssessmentCompileOptions>();
        services.AddScoped<CompileCycleJob>();
        services.AddScoped<AssessmentSchedulerJob>();
        services.AddOptions<AssessmentSchedulerOptions>();
        services.AddSingleton<IEmailSender, LoggingEmailSender>();

        services.AddScoped<IDataSeedContributor, RoleSeedContributor>();
        services.AddScoped<IDataSeedContributor, AdminUserSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoUserSeedContributor>();
        return services;
    }
}
