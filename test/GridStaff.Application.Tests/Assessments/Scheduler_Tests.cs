namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using GridStaff.Notifications;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using NSubstitute;
using Shouldly;
using Xunit;

public class Scheduler_Tests : AssessmentScenarioTestBase
{
    private async Task RunSchedulerAsync()
    {
        LoginAsSystem();
        await GetRequiredService<AssessmentSchedulerJob>().ExecuteAsync();
    }

    private async Task<EvaluationCycleStatus> StatusAsync(Guid cycleId)
    {
        LoginAsSystem();
        return await WithDbContextAsync(db => db.EvaluationCycles.Where(c => c.Id == cycleId).Select(c => c.Status).SingleAsync());
    }

    private void ShouldHaveEnqueuedCompile(Guid cycleId, int times) =>
        Jobs.Received(times).Create(Arg.Is<Job>(j => j.Type == typeof(CompileCycleJob) && (Guid)j.Args[0] == cycleId), Arg.Any<EnqueuedState>());

    [Fact]
    public async Task Should_Close_The_Cycle_At_The_Deadline_And_Enqueue_Compilation_Once()
    {
        var template = await CreateTemplateAsync();
        var cycle = await CreateCycleAsync(template.Id);
        await OpenWithAsync(cycle.Id, [Enrollee(TestData.NorthACommunityId), Enrollee(TestData.NorthACommunityId)]);

        Clock.Advance(TimeSpan.FromDays(15) - TimeSpan.FromMinutes(1));
        await RunSchedulerAsync();
        (await StatusAsync(cycle.Id)).ShouldBe(EvaluationCycleStatus.Open);
        ShouldHaveEnqueuedCompile(cycle.Id, 0);

        Clock.Advance(TimeSpan.FromMinutes(1));   // the deadline
        await RunSchedulerAsync();
        (await StatusAsync(cycle.Id)).ShouldBe(EvaluationCycleStatus.Closed);
        ShouldHaveEnqueuedCompile(cycle.Id, 1);

        await RunSchedulerAsync();   // idempotent: nothing more happens
        ShouldHaveEnqueuedCompile(cycle.Id, 1);
    }

    [Fact]
    public async Task Should_Remind_Raters_With_Open_Sheets_Once_Per_Offset()
    {
        var template = await CreateTemplateAsync();
        var cycle = await CreateCycleAsync(template.Id);
        var (a, b) = (Enrollee(TestData.NorthACommunityId), Enrollee(TestData.NorthACommunityId));
        await OpenWithAsync(cycle.Id, [a, b]);
        LoginAsSystem();
        var afterOpen = await WithDbContextAsync(db => db.Notifications.CountAsync());

        Clock.Advance(TimeSpan.FromDays(12));   // 72 h before the deadline
        await RunSchedulerAsync();
        await RunSchedulerAsync();

        var reminders = await WithDbContextAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ScoringReminder).ToListAsync());
        reminders.Count.ShouldBe(4);   // the North A directors, street HR, and the two peers
        reminders.ShouldContain(n => n.WorkerId == a.WorkerId);
        afterOpen.ShouldBe(4);   // sheet-assigned notices on opening
        Logs.Lines.ShouldContain(l => l.Contains("E-mail to worker:"));

        LoginAs(WorkerUser(a.WorkerId, a.CommunityId));
        var mine = await GetRequiredService<INotificationAppService>().GetMyListAsync(new GetNotificationListDto());
        mine.Items.Select(n => n.Kind).ShouldBe(["ScoringReminder", "SheetAssigned"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Drive_A_Whole_Cycle_From_The_Clock()
    {
        var s = await BuildScoredCycleAsync();   // scored and closed by hand at the deadline
        await RunSchedulerAsync();
        ShouldHaveEnqueuedCompile(s.CycleId, 1);

        // Hangfire would run the job now; the job itself is the same class.
        LoginAsSystem();
        await GetRequiredService<CompileCycleJob>().ExecuteAsync(s.CycleId);
        (await StatusAsync(s.CycleId)).ShouldBe(EvaluationCycleStatus.Compiled);

        Clock.Advance(TimeSpan.FromDays(5));   // the publication date, but calibration is not done
        await RunSchedulerAsync();
        (await StatusAsync(s.CycleId)).ShouldBe(EvaluationCycleStatus.Compiled);

        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().CompleteCalibrationAsync(s.CycleId);
        await RunSchedulerAsync();
        (await StatusAsync(s.CycleId)).ShouldBe(EvaluationCycleStatus.Published);
        (await WithDbContextAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.ResultPublished))).ShouldBe(4);

        Clock.Advance(TimeSpan.FromDays(10) - TimeSpan.FromMinutes(1));
        await RunSchedulerAsync();
        (await StatusAsync(s.CycleId)).ShouldBe(EvaluationCycleStatus.Published);

        Clock.Advance(TimeSpan.FromMinutes(1));   // the appeal window ends
        await RunSchedulerAsync();
        (await StatusAsync(s.CycleId)).ShouldBe(EvaluationCycleStatus.Finalized);
    }
}

public class Enrolment_Tests : AssessmentTestBase
{
    [Fact]
    public async Task Should_Open_A_Due_Cycle_And_Enrol_Every_Worker_Of_The_Street_With_A_Snapshot()
    {
        var template = await CreateTemplateAsync(AssessmentFixtures.Template(withSelf: true));
        var cycle = await CreateCycleAsync(template.Id);
        var hired = await HireAsync(TestData.NorthACommunityId, TestData.GridA2Id, "Worker Two", "11010119910203456", new(2025, 2, 1));

        Clock.Advance(TimeSpan.FromDays(1));
        LoginAsSystem();
        await GetRequiredService<AssessmentSchedulerJob>().ExecuteAsync();
        await GetRequiredService<AssessmentSchedulerJob>().ExecuteAsync();

        var enrolments = await WithDbContextAsync(db => db.Enrolments.Where(e => e.CycleId == cycle.Id).ToListAsync());
        enrolments.Select(e => e.WorkerId).ShouldBe([TestData.WorkerA1Id, TestData.WorkerB1Id, hired.WorkerId], ignoreOrder: true);
        var a1 = enrolments.Single(e => e.WorkerId == TestData.WorkerA1Id);
        (a1.CommunityId, a1.GridIdList.Single(), a1.HireDate).ShouldBe((TestData.NorthACommunityId, TestData.GridA1Id, new DateOnly(2024, 3, 1)));

        var sheets = await WithDbContextAsync(db => db.ScoreSheets.Where(s => s.CycleId == cycle.Id).ToListAsync());
        sheets.Count(s => s.Group == RaterGroupKind.Director).ShouldBe(3);
        sheets.Count(s => s.Group == RaterGroupKind.StreetHr).ShouldBe(3);
        sheets.Where(s => s.Group == RaterGroupKind.Self).ShouldAllBe(s => s.RaterWorkerId == s.WorkerId);
        // North A has two workers: each scores the other; North B's only worker has no peer.
        sheets.Where(s => s.Group == RaterGroupKind.Peers).Select(s => (s.WorkerId, s.RaterWorkerId))
            .ShouldBe([(TestData.WorkerA1Id, (Guid?)hired.WorkerId), (hired.WorkerId, TestData.WorkerA1Id)], ignoreOrder: true);

        // The seeded worker user finds their peer sheet and their self sheet.
        var mine = await SheetsAsync(TestData.NorthAWorker, cycle.Id);
        mine.Select(s => s.Group).ShouldBe([RaterGroupKind.Peers, RaterGroupKind.Self], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Not_Open_A_Cycle_Before_Its_Day()
    {
        var template = await CreateTemplateAsync();
        var cycle = await CreateCycleAsync(template.Id);

        Clock.Advance(TimeSpan.FromHours(23));
        LoginAsSystem();
        await GetRequiredService<AssessmentSchedulerJob>().ExecuteAsync();

        (await WithDbContextAsync(db => db.EvaluationCycles.SingleAsync(c => c.Id == cycle.Id))).Status.ShouldBe(EvaluationCycleStatus.Draft);
        (await WithDbContextAsync(db => db.Enrolments.CountAsync())).ShouldBe(0);
    }
}
