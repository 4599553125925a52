namespace GridStaff.Assessments;

using GridStaff.Appeals;
using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using GridStaff.Notifications;
using GridStaff.ScoreSheets;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class Appeal_Tests : AssessmentScenarioTestBase
{
    private async Task<ScoredCycle> PublishedAsync(QuotaSettings? quota = null)
    {
        var s = await BuildScoredCycleAsync(quota);
        await CompileAsync(s.CycleId);
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().PublishAsync(s.CycleId);
        return s;
    }

    private IAppealAppService Appeals => GetRequiredService<IAppealAppService>();

    [Fact]
    public async Task Should_Accept_An_Appeal_In_The_Window_Once_And_Refuse_It_After()
    {
        var s = await PublishedAsync();

        LoginAs(WorkerUser(s.X.WorkerId, s.X.CommunityId));
        var appeal = await Appeals.FileAsync(new FileAppealDto { CycleId = s.CycleId, Reason = "My HR score ignores the flood duty", IndicatorCodes = ["C"] });
        appeal.TotalBefore.ShouldBe(86.09m);
        appeal.AnswerDueAt.ShouldBe(Now.AddDays(10));
        (await Should.ThrowAsync<BusinessException>(() => Appeals.FileAsync(new FileAppealDto { CycleId = s.CycleId, Reason = "Again" })))
            .Code.ShouldBe(AssessmentErrorCodes.AppealExists);

        Clock.Advance(TimeSpan.FromDays(10));
        LoginAs(WorkerUser(s.Z.WorkerId, s.Z.CommunityId));
        var late = await Should.ThrowAsync<BusinessException>(() => Appeals.FileAsync(new FileAppealDto { CycleId = s.CycleId, Reason = "Too low" }));
        late.Code.ShouldBe(AssessmentErrorCodes.AppealWindowClosed);
        late.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Recompile_The_Worker_And_Reapply_The_Quota_On_A_Rescore()
    {
        var s = await PublishedAsync(new QuotaSettings { Rounding = QuotaRounding.Nearest });
        LoginAs(WorkerUser(s.X.WorkerId, s.X.CommunityId));
        var appeal = await Appeals.FileAsync(new FileAppealDto { CycleId = s.CycleId, Reason = "My HR score ignores the flood duty", IndicatorCodes = ["C"] });

        LoginAs(TestData.NorthHr);
        var hrSheet = await WithDbContextAsync(db => db.ScoreSheets.SingleAsync(x => x.WorkerId == s.X.WorkerId && x.Group == RaterGroupKind.StreetHr));
        var decided = await Appeals.RescoreAsync(appeal.Id, new RescoreAppealDto
        {
            SheetId = hrSheet.Id, Reason = "Flood duty confirmed by the street office", Scores = [new() { IndicatorCode = "C", Score = 10 }],
        });

        // HR 100 instead of 70: rated 45 + 24.43 + 20 = 89.43 × 0.9 = 80.49 + 8 + 3 = 91.49 — excellent by score, but the one place is Y's.
        decided.Status.ShouldBe("Rescored");
        decided.TotalAfter.ShouldBe(91.49m);
        decided.GradeAfter.ShouldBe(Grade.Qualified);
        var result = (await GetRequiredService<IAssessmentResultAppService>().GetListAsync(new GetAssessmentResultListDto { CycleId = s.CycleId }))
            .Items.Single(r => r.WorkerId == s.X.WorkerId);
        result.Total.ShouldBe(91.49m);
        result.ComputedGrade.ShouldBe(Grade.Excellent);
        result.QuotaDowngraded.ShouldBeTrue();

        var versions = await WithDbContextAsync(db => db.ScoreSheets.Where(x => x.WorkerId == s.X.WorkerId && x.Group == RaterGroupKind.StreetHr).ToListAsync());
        versions.Select(v => (v.Version, v.Status)).OrderBy(v => v.Version).ShouldBe([(1, ScoreSheetStatus.Superseded), (2, ScoreSheetStatus.Submitted)]);
        versions.Single(v => v.Version == 2).SubmittedBy.ShouldBe(TestData.NorthHr.Id);
        (await WithDbContextAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == appeal.Id))).ShouldBeGreaterThanOrEqualTo(2);
        (await WithDbContextAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.AppealDecided && n.WorkerId == s.X.WorkerId))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Reject_With_A_Reason_And_Refuse_A_Second_Decision()
    {
        var s = await PublishedAsync();
        LoginAs(WorkerUser(s.Z.WorkerId, s.Z.CommunityId));
        var appeal = await Appeals.FileAsync(new FileAppealDto { CycleId = s.CycleId, Reason = "Too low" });

        LoginAs(TestData.NorthHr);
        var rejected = await Appeals.RejectAsync(appeal.Id, new RejectAppealDto { Reason = "Scores confirmed with every rater" });
        rejected.Status.ShouldBe("Rejected");
        (await Should.ThrowAsync<BusinessException>(() => Appeals.RejectAsync(appeal.Id, new RejectAppealDto { Reason = "Again" })))
            .Code.ShouldBe(AssessmentErrorCodes.IllegalAppealTransition);

        LoginAs(TestData.SouthHr);
        await Should.ThrowAsync<EntityNotFoundException>(() => Appeals.GetAsync(appeal.Id));
    }

    [Fact]
    public async Task Should_Tell_Hr_About_An_Unanswered_Appeal_Past_Its_Deadline_And_Hold_Finalization()
    {
        var s = await PublishedAsync();
        LoginAs(WorkerUser(s.X.WorkerId, s.X.CommunityId));
        await Appeals.FileAsync(new FileAppealDto { CycleId = s.CycleId, Reason = "Too low" });

        Clock.Advance(TimeSpan.FromDays(10));
        LoginAsSystem();
        await GetRequiredService<AssessmentSchedulerJob>().ExecuteAsync();
        await GetRequiredService<AssessmentSchedulerJob>().ExecuteAsync();

        (await WithDbContextAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.AppealOverdue))).ShouldBe(1);
        (await WithDbContextAsync(db => db.EvaluationCycles.SingleAsync(c => c.Id == s.CycleId))).Status.ShouldBe(EvaluationCycleStatus.Published);
        LoginAs(TestData.NorthHr);
        (await GetRequiredService<INotificationAppService>().GetMyListAsync(new GetNotificationListDto())).Items.ShouldContain(n => n.Kind == "AppealOverdue");
    }
}
