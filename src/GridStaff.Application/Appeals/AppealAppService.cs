namespace GridStaff.Appeals;

using GridStaff.AssessmentResults;
using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.Notifications;
using GridStaff.Organizations;
using GridStaff.ScoreSheets;
using GridStaff.Users;

/// <summary>
/// Appeals: a worker files within the cycle's window (refused after it, server-side); street HR rejects
/// with a reason or re-scores a sheet (a new version by the named reviewer), which recompiles the worker
/// and re-applies the quota. The appeal keeps before/after; the auditing interceptor records each change.
/// </summary>
public class AppealAppService(
    IAppealRepository appeals, IEvaluationCycleRepository cycles, IAssessmentResultRepository results, IAssessmentTemplateRepository templates,
    IScoreSheetRepository sheets, AssessmentCompiler compiler, Notifier notifier, IServiceProvider services,
    ICurrentUser currentUser, TimeProvider clock, IUnitOfWork uow) : IAppealAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<AppealDto> FileAsync(FileAppealDto input, CancellationToken ct = default)
    {
        var workerId = currentUser.Scope.WorkerId ?? throw new EntityNotFoundException(typeof(AssessmentResult), input.CycleId);
        var cycle = await cycles.GetAsync(input.CycleId!.Value, ct);
        var result = await results.FindAsync(cycle.Id, workerId, ct) ?? throw new EntityNotFoundException(typeof(AssessmentResult), cycle.Id);
        if (!cycle.IsAppealWindowOpen(Now))
            throw new BusinessException(AssessmentErrorCodes.AppealWindowClosed, cycle.Status == EvaluationCycleStatus.Published
                ? $"The appeal window closed at {cycle.AppealWindowEndsAt:u}." : "The result is not open to appeal.") { IsConflict = true };
        if (await appeals.ExistsAsync(cycle.Id, workerId, ct))
            throw new BusinessException(AssessmentErrorCodes.AppealExists, "You have already appealed this result.") { IsConflict = true };
        var template = (await templates.GetAsync(cycle.TemplateId, ct)).Definition;
        var unknown = input.IndicatorCodes.FirstOrDefault(c => !template.Indicators.Any(i => string.Equals(i.Code, c, StringComparison.OrdinalIgnoreCase)));
        if (unknown is not null) throw new BusinessException(AssessmentErrorCodes.UnknownIndicator, $"There is no indicator '{unknown}'.") { Field = "indicatorCodes" };

        var appeal = new Appeal(Guid.CreateVersion7(), cycle.Id, result.StreetId, result.CommunityId, workerId, input.Reason, input.IndicatorCodes,
            result.Total, result.Grade, Now, cycle.AppealAnswerDays);
        await appeals.InsertAsync(appeal, ct);
        await uow.SaveChangesAsync(ct);
        return appeal.ToDto();
    }

    public async Task<PagedResultDto<AppealDto>> GetListAsync(GetAppealListDto input, CancellationToken ct = default) =>
        (await appeals.GetListAsync(new AppealQuery(input.CycleId, Enum.TryParse<AppealStatus>(input.Status, true, out var s) ? s : null)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(a => a.ToDto());

    public async Task<AppealDto> GetAsync(Guid id, CancellationToken ct = default) => (await appeals.GetAsync(id, ct)).ToDto();

    public async Task<AppealDto> RejectAsync(Guid id, RejectAppealDto input, CancellationToken ct = default)
    {
        var appeal = await appeals.GetAsync(id, ct);
        appeal.Reject(input.Reason, currentUser.Id, Now);
        await NotifyDecidedAsync(appeal, ct);
        await uow.SaveChangesAsync(ct);
        return appeal.ToDto();
    }

    public async Task<AppealDto> RescoreAsync(Guid id, RescoreAppealDto input, CancellationToken ct = default)
    {
        var appeal = await appeals.GetAsync(id, ct);
        var cycle = await cycles.GetAsync(appeal.CycleId, ct);
        var sheet = await sheets.GetAsync(input.SheetId!.Value, ct);
        if (sheet.CycleId != appeal.CycleId || sheet.WorkerId != appeal.WorkerId) throw new EntityNotFoundException(typeof(ScoreSheet), input.SheetId);
        var template = (await templates.GetAsync(cycle.TemplateId, ct)).Definition;

        var next = sheet.Rescore(input.Scores.Select(s => (s.IndicatorCode, s.Score, s.Comment)).ToList(), template,
            currentUser.Id ?? Guid.Empty, input.Reason, Now);
        await sheets.InsertAsync(next, ct);
        var result = await compiler.RecompileWorkerAsync(services, cycle, appeal.WorkerId, sheet, next, ct);
        appeal.MarkRescored(input.Reason, currentUser.Id, Now, result.Total, result.Grade);
        await NotifyDecidedAsync(appeal, ct);
        await uow.SaveChangesAsync(ct);
        return appeal.ToDto();
    }

    private Task NotifyDecidedAsync(Appeal appeal, CancellationToken ct) =>
        notifier.SendAsync([Notification.ToWorker(appeal.StreetId, appeal.CommunityId, appeal.WorkerId, NotificationKind.AppealDecided,
            $"Your appeal was {(appeal.Status == AppealStatus.Rejected ? "rejected" : "answered with a re-score")}", appeal.Decision ?? "",
            appeal.Id, $"appeal-decided:{appeal.Id}", Now)], ct);
}
