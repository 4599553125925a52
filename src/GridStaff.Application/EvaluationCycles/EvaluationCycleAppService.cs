namespace GridStaff.EvaluationCycles;

using GridStaff.AssessmentResults;
using GridStaff.Assessments;
using GridStaff.Notifications;
using GridStaff.Organizations;
using GridStaff.Communities;
using GridStaff.ScoreSheets;
using GridStaff.Streets;
using Hangfire;

public class EvaluationCycleAppService(
    IEvaluationCycleRepository cycles, IStreetRepository streets, EvaluationCycleManager manager, EnrolleeLoader enrollees,
    CyclePublisher publisher, IEnrolmentRepository enrolments, IScoreSheetRepository sheets, ICommunityRepository communities,
    IBackgroundJobClient jobs, TimeProvider clock, IUnitOfWork uow) : IEvaluationCycleAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<EvaluationCycleDto> GetAsync(Guid id, CancellationToken ct = default) => (await cycles.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<EvaluationCycleDto>> GetListAsync(GetEvaluationCycleListDto input, CancellationToken ct = default) =>
        (await cycles.GetListAsync(new EvaluationCycleQuery(input.StreetId, input.Status, input.PeriodKind)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(c => c.ToDto());

    public async Task<EvaluationCycleDto> CreateAsync(CreateEvaluationCycleDto input, CancellationToken ct = default)
    {
        var street = await streets.FindAsync(input.StreetId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("streetId", "street");
        var cycle = await manager.CreateAsync(street.Id, input.Name, input.PeriodKind, input.PeriodStart!.Value, input.PeriodEnd!.Value, input.TemplateId!.Value,
            new CycleSchedule(input.OpensAt!.Value, input.ScoringDeadline!.Value, input.PublishOn!.Value, input.AppealWindowDays, input.AppealAnswerDays),
            input.Components.Select(c => new CycleComponent(c.CycleId!.Value, c.Weight)).ToList(), ct);
        foreach (var component in cycle.Components)
        {
            var earlier = await cycles.FindAsync(component.CycleId, ct);
            if (earlier is null || earlier.StreetId != cycle.StreetId)
                throw new BusinessException(AssessmentErrorCodes.InvalidSchedule, "A combined cycle does not exist or belongs to another street.") { Field = "components" };
        }
        await cycles.InsertAsync(cycle, ct);
        await uow.SaveChangesAsync(ct);
        return cycle.ToDto();
    }

    public async Task<EvaluationCycleDto> OpenAsync(Guid id, CancellationToken ct = default)
    {
        var cycle = await cycles.GetAsync(id, ct);
        await manager.OpenAsync(cycle, await enrollees.LoadAsync(cycle.StreetId, ct), Now, ct);
        await uow.SaveChangesAsync(ct);
        return cycle.ToDto();
    }

    public Task<EvaluationCycleDto> CloseAsync(Guid id, CancellationToken ct = default) => MoveAsync(id, c => c.Close(Now), ct);

    public Task<EvaluationCycleDto> CancelAsync(Guid id, CancelEvaluationCycleDto input, CancellationToken ct = default) =>
        MoveAsync(id, c => c.Cancel(Now, input.Reason), ct);

    public async Task<CompileProgressDto> CompileAsync(Guid id, CancellationToken ct = default)
    {
        var cycle = await cycles.GetAsync(id, ct);
        if (cycle.Status is not (EvaluationCycleStatus.Closed or EvaluationCycleStatus.Compiled))
            throw new BusinessException(AssessmentErrorCodes.IllegalTransition, $"Cannot compile a cycle that is {cycle.Status}.") { Field = "status" };
        jobs.Enqueue<CompileCycleJob>(j => j.ExecuteAsync(cycle.Id, CancellationToken.None));
        return new CompileProgressDto(cycle.Id, cycle.Status, cycle.CompileDone, cycle.CompileTotal);
    }

    public async Task<CompileProgressDto> GetProgressAsync(Guid id, CancellationToken ct = default)
    {
        var cycle = await cycles.GetAsync(id, ct);
        var total = cycle.CompileTotal > 0 ? cycle.CompileTotal : await enrolments.CountAsync(id, ct);
        return new CompileProgressDto(cycle.Id, cycle.Status, cycle.CompileDone, total);
    }

    public async Task<IReadOnlyList<ScoringProgressDto>> GetScoringProgressAsync(Guid id, CancellationToken ct = default)
    {
        var cycle = await cycles.GetAsync(id, ct); // 404 outside the caller's scope
        var progress = await sheets.GetProgressAsync(cycle.Id, ct);
        var names = (await communities.GetListAsync(new CommunityQuery(cycle.StreetId) { Take = 1000 }, ct)).Items.ToDictionary(c => c.Id, c => c.Name);
        return progress
            .Select(p => new ScoringProgressDto(p.CommunityId, names.GetValueOrDefault(p.CommunityId, ""), p.Group, p.Total, p.Submitted))
            .OrderBy(p => p.CommunityName, StringComparer.Ordinal).ThenBy(p => p.Group).ToList();
    }

    public Task<EvaluationCycleDto> CompleteCalibrationAsync(Guid id, CancellationToken ct = default) => MoveAsync(id, c => c.CompleteCalibration(Now), ct);

    public async Task<EvaluationCycleDto> PublishAsync(Guid id, CancellationToken ct = default)
    {
        var cycle = await cycles.GetAsync(id, ct);
        await publisher.PublishAsync(cycle, Now, ct);
        await uow.SaveChangesAsync(ct);
        return cycle.ToDto();
    }

    public Task<EvaluationCycleDto> FinalizeAsync(Guid id, CancellationToken ct = default) => MoveAsync(id, c => c.FinalizeResults(Now), ct);

    private async Task<EvaluationCycleDto> MoveAsync(Guid id, Action<EvaluationCycle> move, CancellationToken ct)
    {
        var cycle = await cycles.GetAsync(id, ct);
        move(cycle);
        await uow.SaveChangesAsync(ct);
        return cycle.ToDto();
    }
}

/// <summary>Publication: the cycle moves to Published and each enrolled worker is told (tracked; the caller saves).</summary>
public class CyclePublisher(IEnrolmentRepository enrolments, Notifier notifier)
{
    public async Task PublishAsync(EvaluationCycle cycle, DateTime utcNow, CancellationToken ct = default)
    {
        cycle.Publish(utcNow);
        var after = 0;
        while (true)
        {
            var batch = await enrolments.GetBatchAsync(cycle.Id, after, 1000, ct);
            if (batch.Count == 0) break;
            after = batch[^1].Ordinal;
            await notifier.SendAsync(batch.Select(e => Notification.ToWorker(e.StreetId, e.CommunityId, e.WorkerId, NotificationKind.ResultPublished,
                $"{cycle.Name}: your result is published", $"You may appeal until {cycle.AppealWindowEndsAt:u}.", cycle.Id,
                $"published:{cycle.Id}:{e.WorkerId}", utcNow)).ToList(), ct);
        }
    }
}
