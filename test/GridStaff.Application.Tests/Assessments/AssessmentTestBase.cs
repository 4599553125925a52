namespace GridStaff.Assessments;

using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.Identity;
using GridStaff.ScoreSheets;
using GridStaff.Users;
using GridStaff.Workers;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

/// <summary>Assessment integration tests: the Hangfire client is a substitute (a process edge), the clock is fake.</summary>
public abstract class AssessmentTestBase : GridStaffTestBase
{
    protected IBackgroundJobClient Jobs { get; } = Substitute.For<IBackgroundJobClient>();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(Jobs);

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected static TestUser WorkerUser(Guid workerId, Guid communityId, Guid? streetId = null) =>
        new(workerId, $"worker.{workerId:N}", GridStaffRoles.Worker, DataScope.Worker(streetId ?? TestData.NorthStreetId, communityId, workerId));

    protected async Task<AssessmentTemplateDto> CreateTemplateAsync(TemplateDefinition? definition = null, Guid? streetId = null)
    {
        LoginAs(streetId == TestData.SouthStreetId ? TestData.SouthHr : TestData.NorthHr);
        return await GetRequiredService<IAssessmentTemplateAppService>().CreateAsync(new CreateAssessmentTemplateDto
        {
            StreetId = streetId ?? TestData.NorthStreetId, Code = "STD", Name = "Standard", Definition = definition ?? AssessmentFixtures.Template(),
        });
    }

    /// <summary>A draft cycle opening in 1 day, scoring deadline in 15 days, publication in 20 days (from the fake clock).</summary>
    protected async Task<EvaluationCycleDto> CreateCycleAsync(Guid templateId, PeriodKind kind = PeriodKind.Quarterly, List<CycleComponentInput>? components = null)
    {
        LoginAs(TestData.NorthHr);
        return await GetRequiredService<IEvaluationCycleAppService>().CreateAsync(new CreateEvaluationCycleDto
        {
            StreetId = TestData.NorthStreetId, Name = "2026 Q1", PeriodKind = kind, PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 3, 31),
            TemplateId = templateId, OpensAt = Now.AddDays(1), ScoringDeadline = Now.AddDays(15), PublishOn = Now.AddDays(20),
            Components = components ?? [],
        });
    }

    /// <summary>Opens the cycle through the manager with these enrollees (as the scheduler does with the street's workers).</summary>
    protected async Task OpenWithAsync(Guid cycleId, IReadOnlyList<EnrolleeSnapshot> enrollees)
    {
        LoginAsSystem();
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var cycle = await sp.GetRequiredService<IEvaluationCycleRepository>().GetAsync(cycleId);
        await sp.GetRequiredService<EvaluationCycleManager>().OpenAsync(cycle, enrollees, Now);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    /// <summary>Hires a real worker through the workforce service (as street HR of North).</summary>
    protected async Task<EnrolleeSnapshot> HireAsync(Guid communityId, Guid gridId, string name, string idFirst17, DateOnly hired)
    {
        LoginAsSystem();
        var postId = await WithDbContextAsync(db => db.Posts.Where(p => p.StreetId == null && p.Code == "STAFF").Select(p => p.Id).SingleAsync());
        LoginAs(TestData.NorthHr);
        var worker = await GetRequiredService<IWorkerAppService>().CreateAsync(new CreateWorkerDto
        {
            Name = name, IdNumber = TestData.IdNumber(idFirst17), CommunityId = communityId, GridIds = [gridId], PostId = postId, Grade = 3,
            HireDate = hired, OnProbation = false,
        });
        return new EnrolleeSnapshot(worker.Id, TestData.NorthStreetId, communityId, name, postId, [gridId], hired);
    }

    protected static EnrolleeSnapshot Enrollee(Guid communityId, int hireYear = 2020, Guid? streetId = null) =>
        new(Guid.CreateVersion7(), streetId ?? TestData.NorthStreetId, communityId, "Worker", Guid.NewGuid(), [], new DateOnly(hireYear, 1, 1));

    /// <summary>Fills and submits one sheet as its rater would (logged in as the rater).</summary>
    protected async Task<ScoreSheetDto> ScoreAsync(ScoreSheetDto sheet, params (string Code, decimal Score)[] scores)
    {
        var service = GetRequiredService<IScoreSheetAppService>();
        var saved = await service.SaveAsync(sheet.Id, new SaveScoreSheetDto
        {
            ConcurrencyStamp = sheet.ConcurrencyStamp,
            Scores = scores.Select(s => new IndicatorScoreInput { IndicatorCode = s.Code, Score = s.Score }).ToList(),
        });
        return await GetRequiredService<IScoreSheetAppService>().SubmitAsync(sheet.Id, new SubmitScoreSheetDto { ConcurrencyStamp = saved.ConcurrencyStamp });
    }

    protected async Task<IReadOnlyList<ScoreSheetDto>> SheetsAsync(TestUser rater, Guid cycleId)
    {
        LoginAs(rater);
        return (await GetRequiredService<IScoreSheetAppService>().GetListAsync(new GetScoreSheetListDto { CycleId = cycleId, MaxResultCount = 1000 })).Items;
    }
}
