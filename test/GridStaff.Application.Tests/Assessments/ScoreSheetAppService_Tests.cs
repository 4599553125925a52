namespace GridStaff.Assessments;

using GridStaff.EvaluationCycles;
using GridStaff.ScoreSheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

public class ScoreSheetAppService_Tests : AssessmentTestBase
{
    private async Task<(Guid CycleId, EnrolleeSnapshot[] NorthA, EnrolleeSnapshot NorthB)> OpenCycleAsync()
    {
        var template = await CreateTemplateAsync();
        var cycle = await CreateCycleAsync(template.Id);
        var northA = new[] { Enrollee(TestData.NorthACommunityId), Enrollee(TestData.NorthACommunityId), Enrollee(TestData.NorthACommunityId) };
        var northB = Enrollee(TestData.NorthBCommunityId);
        await OpenWithAsync(cycle.Id, [.. northA, northB]);
        return (cycle.Id, northA, northB);
    }

    private IScoreSheetAppService Service => GetRequiredService<IScoreSheetAppService>();

    [Fact]
    public async Task Should_Give_A_Director_Only_The_Director_Sheets_Of_Their_Community()
    {
        var (cycleId, northA, northB) = await OpenCycleAsync();

        var mine = await SheetsAsync(TestData.NorthADirector, cycleId);
        mine.Select(s => s.WorkerId).ShouldBe(northA.Select(w => w.WorkerId), ignoreOrder: true);
        mine.ShouldAllBe(s => s.Group == RaterGroupKind.Director);
        mine[0].Indicators.Select(i => i.Code).ShouldBe(["A", "B", "C"]);

        var other = (await SheetsAsync(TestData.NorthBDirector, cycleId)).ShouldHaveSingleItem();
        other.WorkerId.ShouldBe(northB.WorkerId);
        LoginAs(TestData.NorthBDirector);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(mine[0].Id));
    }

    [Fact]
    public async Task Should_Show_A_Worker_Only_The_Peer_Sheets_They_Rate_Never_Their_Own()
    {
        var (cycleId, northA, _) = await OpenCycleAsync();
        var me = northA[0];

        var mine = await SheetsAsync(WorkerUser(me.WorkerId, me.CommunityId), cycleId);

        mine.Count.ShouldBe(2);
        mine.ShouldAllBe(s => s.Group == RaterGroupKind.Peers && s.WorkerId != me.WorkerId);
        var directorSheet = (await SheetsAsync(TestData.NorthADirector, cycleId)).First(s => s.WorkerId == me.WorkerId);
        LoginAs(WorkerUser(me.WorkerId, me.CommunityId));
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(directorSheet.Id));
    }

    [Fact]
    public async Task Should_Give_A_Worker_Account_Without_A_Worker_Record_No_Sheets_Not_Even_The_Directors()
    {
        var (cycleId, _, _) = await OpenCycleAsync();
        var directorSheet = (await SheetsAsync(TestData.NorthADirector, cycleId))[0];
        var unlinked = new TestUser(Guid.NewGuid(), "worker.unlinked", Identity.GridStaffRoles.Worker,
            Users.DataScope.Community(TestData.NorthStreetId, TestData.NorthACommunityId));

        (await SheetsAsync(unlinked, cycleId)).ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(directorSheet.Id));
    }

    [Fact]
    public async Task Should_Save_A_Draft_Then_Submit_And_Refuse_Changes_After_Submission()
    {
        var (cycleId, _, _) = await OpenCycleAsync();
        var sheet = (await SheetsAsync(TestData.NorthADirector, cycleId))[0];

        var draft = await Service.SaveAsync(sheet.Id, new SaveScoreSheetDto
        {
            ConcurrencyStamp = sheet.ConcurrencyStamp,
            Scores = [new() { IndicatorCode = "A", Score = 9, Comment = "Knows every household" }, new() { IndicatorCode = "B", Score = 8 }],
        });
        draft.Status.ShouldBe("Draft");
        var incomplete = await Should.ThrowAsync<BusinessException>(() => Service.SubmitAsync(sheet.Id, new SubmitScoreSheetDto { ConcurrencyStamp = draft.ConcurrencyStamp }));
        incomplete.Code.ShouldBe(AssessmentErrorCodes.SheetIncomplete);

        var submitted = await ScoreAsync(draft, ("C", 10));
        submitted.Status.ShouldBe("Submitted");
        submitted.Scores.Single(s => s.IndicatorCode == "A").Comment.ShouldBe("Knows every household");
        var again = await Should.ThrowAsync<BusinessException>(() => Service.SaveAsync(sheet.Id, new SaveScoreSheetDto
        {
            ConcurrencyStamp = submitted.ConcurrencyStamp, Scores = [new() { IndicatorCode = "A", Score = 1 }],
        }));
        again.Code.ShouldBe(AssessmentErrorCodes.SheetSubmitted);
    }

    [Fact]
    public async Task Should_Refuse_A_Score_Above_The_Maximum_Or_Of_Another_Indicator()
    {
        var (cycleId, _, _) = await OpenCycleAsync();
        var sheet = (await SheetsAsync(TestData.NorthADirector, cycleId))[0];

        var tooHigh = await Should.ThrowAsync<BusinessException>(() => Service.SaveAsync(sheet.Id, new SaveScoreSheetDto
        {
            ConcurrencyStamp = sheet.ConcurrencyStamp, Scores = [new() { IndicatorCode = "A", Score = 10.5m }],
        }));
        tooHigh.Code.ShouldBe(AssessmentErrorCodes.ScoreOutOfRange);
        var unknown = await Should.ThrowAsync<BusinessException>(() => Service.SaveAsync(sheet.Id, new SaveScoreSheetDto
        {
            ConcurrencyStamp = sheet.ConcurrencyStamp, Scores = [new() { IndicatorCode = "VISITS", Score = 1 }],
        }));
        unknown.Code.ShouldBe(AssessmentErrorCodes.UnknownIndicator);
        (await Service.GetAsync(sheet.Id)).Scores.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Refuse_Every_Write_After_The_Deadline_With_A_Conflict()
    {
        var (cycleId, _, _) = await OpenCycleAsync();
        var sheet = (await SheetsAsync(TestData.NorthADirector, cycleId))[0];

        Clock.Advance(TimeSpan.FromDays(15));   // the deadline; the scheduler has not even closed the cycle yet

        var error = await Should.ThrowAsync<BusinessException>(() => Service.SaveAsync(sheet.Id, new SaveScoreSheetDto
        {
            ConcurrencyStamp = sheet.ConcurrencyStamp, Scores = [new() { IndicatorCode = "A", Score = 9 }],
        }));
        error.Code.ShouldBe(AssessmentErrorCodes.ScoringClosed);
        error.IsConflict.ShouldBeTrue();
        (await Service.GetAsync(sheet.Id)).Scores.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Answer_Conflict_To_A_Save_Based_On_An_Older_Version()
    {
        var (cycleId, _, _) = await OpenCycleAsync();
        var loaded = (await SheetsAsync(TestData.NorthADirector, cycleId))[0];

        await Service.SaveAsync(loaded.Id, new SaveScoreSheetDto { ConcurrencyStamp = loaded.ConcurrencyStamp, Scores = [new() { IndicatorCode = "A", Score = 9 }] });
        var second = await Should.ThrowAsync<BusinessException>(() => Service.SaveAsync(loaded.Id, new SaveScoreSheetDto
        {
            ConcurrencyStamp = loaded.ConcurrencyStamp, Scores = [new() { IndicatorCode = "A", Score = 3 }],
        }));

        second.IsConflict.ShouldBeTrue();
        (await Service.GetAsync(loaded.Id)).Scores.Single().Score.ShouldBe(9m);
    }

    [Fact]
    public async Task Should_Let_Only_The_First_Of_Two_Racing_Saves_Win()
    {
        var (cycleId, _, _) = await OpenCycleAsync();
        var sheetId = (await SheetsAsync(TestData.NorthADirector, cycleId))[0].Id;
        LoginAsSystem();
        var template = (await WithDbContextAsync(db => db.AssessmentTemplates.SingleAsync())).Definition;

        // Two requests load the same version before either saves.
        await using var first = Services.CreateAsyncScope();
        await using var second = Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<EntityFrameworkCore.GridStaffDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<EntityFrameworkCore.GridStaffDbContext>();
        var s1 = await db1.ScoreSheets.SingleAsync(s => s.Id == sheetId);
        var s2 = await db2.ScoreSheets.SingleAsync(s => s.Id == sheetId);
        s1.Save([("A", 9, null)], template, scoringOpen: true);
        s2.Save([("A", 2, null)], template, scoringOpen: true);

        await db1.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        (await WithDbContextAsync(db => db.ScoreSheets.AsNoTracking().SingleAsync(s => s.Id == sheetId))).Scores.Single().Score.ShouldBe(9m);
    }
}
