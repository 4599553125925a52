namespace GridStaff.EvaluationCycles;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.Identity;
using GridStaff.Notifications;
using GridStaff.ScoreSheets;

/// <summary>The cycle rules that need repositories: the template's street, enrolment on opening.</summary>
public class EvaluationCycleManager(
    IAssessmentTemplateRepository templates, IEnrolmentRepository enrolments, IScoreSheetRepository sheets, Notifier notifier)
{
    public async Task<EvaluationCycle> CreateAsync(Guid streetId, string name, PeriodKind kind, DateOnly start, DateOnly end, Guid templateId,
        CycleSchedule schedule, IReadOnlyList<CycleComponent> components, CancellationToken ct = default)
    {
        var template = await templates.FindAsync(templateId, ct);
        if (template is null || template.StreetId != streetId)
            throw new BusinessException(AssessmentErrorCodes.TemplateOfAnotherStreet, "The template does not exist or belongs to another street.") { Field = "templateId" };
        return new EvaluationCycle(Guid.CreateVersion7(), streetId, name, kind, start, end, templateId, schedule).CombineWith(components);
    }

    /// <summary>
    /// Opens the cycle: enrols the workers with their snapshot and creates the score sheets, and tells
    /// raters they have sheets. Idempotent: a cycle that already has enrolments is not enrolled again.
    /// </summary>
    public async Task<int> OpenAsync(EvaluationCycle cycle, IReadOnlyList<EnrolleeSnapshot> enrollees, DateTime utcNow, CancellationToken ct = default)
    {
        cycle.Open(utcNow);
        if (await enrolments.AnyAsync(cycle.Id, ct)) return 0;
        var template = await templates.GetAsync(cycle.TemplateId, ct);
        var ordinal = 0;
        foreach (var e in enrollees.OrderBy(e => e.WorkerId))
        {
            await enrolments.InsertAsync(new Enrolment(Guid.CreateVersion7(), cycle.Id, ++ordinal, e.StreetId, e.CommunityId, e.WorkerId, e.Name,
                e.PostId, e.GridIds, e.HireDate, utcNow), ct);
        }
        var planned = SheetPlanner.Plan(cycle.Id, template.Definition, enrollees);
        await sheets.InsertManyAsync(planned, ct);

        var notices = new List<Notification>();
        foreach (var community in planned.Where(s => s.Group == RaterGroupKind.Director).GroupBy(s => s.CommunityId))
            notices.Add(Notification.ToRole(GridStaffRoles.CommunityDirector, cycle.StreetId, community.Key, NotificationKind.SheetAssigned,
                $"{cycle.Name}: {community.Count()} score sheets to fill", $"Scoring closes {cycle.ScoringDeadline:u}.", cycle.Id,
                $"assigned:{cycle.Id}:director:{community.Key}", utcNow));
        if (planned.Any(s => s.Group == RaterGroupKind.StreetHr))
            notices.Add(Notification.ToRole(GridStaffRoles.StreetHr, cycle.StreetId, null, NotificationKind.SheetAssigned,
                $"{cycle.Name}: {planned.Count(s => s.Group == RaterGroupKind.StreetHr)} score sheets to fill", $"Scoring closes {cycle.ScoringDeadline:u}.",
                cycle.Id, $"assigned:{cycle.Id}:hr", utcNow));
        var communityOf = enrollees.ToDictionary(e => e.WorkerId, e => e.CommunityId);
        foreach (var rater in planned.Where(s => s.RaterWorkerId is not null).GroupBy(s => s.RaterWorkerId!.Value))
            notices.Add(Notification.ToWorker(cycle.StreetId, communityOf[rater.Key], rater.Key, NotificationKind.SheetAssigned,
                $"{cycle.Name}: {rater.Count()} score sheets to fill", $"Scoring closes {cycle.ScoringDeadline:u}.", cycle.Id,
                $"assigned:{cycle.Id}:worker:{rater.Key}", utcNow));
        await notifier.SendAsync(notices, ct);
        return enrollees.Count;
    }
}
