namespace GridStaff;

using GridStaff.AssessmentTemplates;
using GridStaff.Data;
using GridStaff.Organizations;
using GridStaff.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class GridStaffDomainServiceCollectionExtensions
{
    /// <summary>Domain services. Repositories come from the EntityFrameworkCore layer.</summary>
    public static IServiceCollection AddGridStaffDomain(this IServiceCollection services)
    {
        services.AddScoped<OrganizationManager>();
        services.AddScoped<AssessmentTemplateManager>();
        services.AddScoped<WorkerManager>();
        services.AddOptions<PersonalDataOptions>();
        services.AddOptions<WorkforceOptions>();
        services.TryAddSingleton<IPersonalDataCipher, PersonalDataCipher>();
        services.AddScoped<EvaluationCycles.EvaluationCycleManager>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<DataSeeder>();
        services.AddScoped<IDataSeedContributor, DefaultStaffingNormSeedContributor>();
        services.AddScoped<IDataSeedContributor, DefaultPostSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoOrganizationSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoWorkforceSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoAssessmentSeedContributor>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
