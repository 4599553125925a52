namespace GridStaff.ScoreSheets;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.EvaluationCycles;
using GridStaff.Identity;
using GridStaff.Users;

/// <summary>
/// Raters fill their sheets here. A worker sees the sheets they rate; a director their community's
/// director sheets; street HR their street's HR sheets. Anything else answers 404. After the deadline
/// every write is refused with 409 ScoringClosed, whatever the client does.
/// </summary>
public class ScoreSheetAppService(
    IScoreSheetRepository sheets, IEvaluationCycleRepository cycles, IAssessmentTemplateRepository templates, IEnrolmentRepository enrolments,
    ICurrentUser currentUser, TimeProvider clock, IUnitOfWork uow) : IScoreSheetAppService
{
    public async Task<PagedResultDto<ScoreSheetDto>> GetListAsync(GetScoreSheetListDto input, CancellationToken ct = default)
    {
        var (group, rater) = RaterFilter();
        var page = await sheets.GetListAsync(new ScoreSheetQuery(input.CycleId, group, rater, input.PendingOnly ? ScoreSheetStatus.Draft : null)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct);
        var items = new List<ScoreSheetDto>();
        var cache = new Dictionary<Guid, (EvaluationCycle, TemplateDefinition)>();
        foreach (var sheet in page.Items) items.Add(await ToDtoAsync(sheet, cache, ct));
        return new PagedResultDto<ScoreSheetDto>(items, page.TotalCount);
    }

    public async Task<ScoreSheetDto> GetAsync(Guid id, CancellationToken ct = default) => await ToDtoAsync(await GetOwnAsync(id, ct), [], ct);

    public async Task<ScoreSheetDto> SaveAsync(Guid id, SaveScoreSheetDto input, CancellationToken ct = default)
    {
        var (sheet, cycle, template) = await LoadForWriteAsync(id, input.ConcurrencyStamp!.Value, ct);
        sheet.Save(input.Scores.Select(s => (s.IndicatorCode, s.Score, s.Comment)).ToList(), template, cycle.IsScoringOpen(clock.GetUtcNow().UtcDateTime));
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(sheet, new() { [cycle.Id] = (cycle, template) }, ct);
    }

    public async Task<ScoreSheetDto> SubmitAsync(Guid id, SubmitScoreSheetDto input, CancellationToken ct = default)
    {
        var (sheet, cycle, template) = await LoadForWriteAsync(id, input.ConcurrencyStamp!.Value, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        sheet.Submit(template, cycle.IsScoringOpen(now), currentUser.Id, now);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(sheet, new() { [cycle.Id] = (cycle, template) }, ct);
    }

    private async Task<(ScoreSheet, EvaluationCycle, TemplateDefinition)> LoadForWriteAsync(Guid id, Guid stamp, CancellationToken ct)
    {
        var sheet = await GetOwnAsync(id, ct);
        var cycle = await cycles.GetAsync(sheet.CycleId, ct);
        var template = (await templates.GetAsync(cycle.TemplateId, ct)).Definition;
        if (sheet.ConcurrencyStamp != stamp)
            throw new BusinessException(AssessmentErrorCodes.StaleVersion, "Someone else changed this sheet since you loaded it; reload and try again.") { IsConflict = true };
        return (sheet, cycle, template);
    }

    private async Task<ScoreSheet> GetOwnAsync(Guid id, CancellationToken ct)
    {
        var sheet = await sheets.GetAsync(id, ct);
        var (group, rater) = RaterFilter();
        if ((group is not null && sheet.Group != group) || (rater is not null && sheet.RaterWorkerId != rater) || sheet.Status == ScoreSheetStatus.Superseded)
            throw new EntityNotFoundException(typeof(ScoreSheet), id);
        return sheet;
    }

    /// <summary>
    /// Which sheets the caller rates, by role and scope: a worker their own peer/self sheets, a director the
    /// director sheets of their community, street HR the HR sheets of their street; anyone else none.
    /// </summary>
    private (RaterGroupKind? Group, Guid? RaterWorkerId) RaterFilter()
    {
        var scope = currentUser.Scope;
        var roles = currentUser.Roles;
        if (scope.IsUnrestricted) return (null, null);
        if (scope.WorkerId is { } worker) return (null, worker);
        if (roles.Contains(GridStaffRoles.CommunityDirector) && scope.CommunityId is not null) return (RaterGroupKind.Director, null);
        if (roles.Contains(GridStaffRoles.StreetHr) && scope.StreetId is not null && scope.CommunityId is null) return (RaterGroupKind.StreetHr, null);
        return (null, Guid.Empty);
    }

    private async Task<ScoreSheetDto> ToDtoAsync(ScoreSheet sheet, Dictionary<Guid, (EvaluationCycle, TemplateDefinition)> cache, CancellationToken ct)
    {
        if (!cache.TryGetValue(sheet.CycleId, out var entry))
        {
            var cycle = await cycles.GetAsync(sheet.CycleId, ct);
            entry = cache[sheet.CycleId] = (cycle, (await templates.GetAsync(cycle.TemplateId, ct)).Definition);
        }
        var (c, template) = entry;
        var indicators = template.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var enrolment = await enrolments.FindAsync(sheet.CycleId, sheet.WorkerId, ct);
        return new ScoreSheetDto(sheet.Id, sheet.CycleId, sheet.WorkerId, enrolment?.WorkerName, sheet.Group, sheet.Status.ToString(), sheet.Version,
            sheet.SubmittedAt, c.ScoringDeadline, sheet.ConcurrencyStamp,
            sheet.Scores.Select(s => new IndicatorScoreDto(s.IndicatorCode, s.Score, s.Comment)).ToList(),
            sheet.CodesOf(template).Where(indicators.ContainsKey).Select(code => indicators[code])
                .Select(i => new SheetIndicatorDto(i.Code, i.Name, i.MaxScore, i.ScoringGuide)).ToList());
    }
}
