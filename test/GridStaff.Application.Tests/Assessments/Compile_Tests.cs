namespace GridStaff.Assessments;

using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class Compile_Tests : AssessmentScenarioTestBase
{
    [Fact]
    public async Task Should_Compile_The_Hand_Computed_Totals_Grades_Quota_And_Ranks()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);

        LoginAs(TestData.NorthHr);
        var results = (await GetRequiredService<IAssessmentResultAppService>().GetListAsync(new GetAssessmentResultListDto { CycleId = s.CycleId }))
            .Items.ToDictionary(r => r.WorkerId);
        var (x, y, z) = (results[s.X.WorkerId], results[s.Y.WorkerId], results[s.Z.WorkerId]);

        x.Total.ShouldBe(86.09m);
        x.Grade.ShouldBe(Grade.Qualified);
        x.Breakdown.Groups.Select(g => g.Score).ShouldBe([90m, 81.43m, 70m]);
        x.Breakdown.BonusPoints.ShouldBe(3m);

        y.Total.ShouldBe(100m);
        y.GroupMissing.ShouldBeTrue();
        y.ComputedGrade.ShouldBe(Grade.Excellent);
        // 4 assessed × 20 % = 0.8, rounded down: nobody may be excellent.
        y.Grade.ShouldBe(Grade.Qualified);
        y.QuotaDowngraded.ShouldBeTrue();

        z.Total.ShouldBe(45m);
        z.Grade.ShouldBe(Grade.Unqualified);

        // B1 (North B) was enrolled but nobody scored them: every group dropped, flagged for HR.
        var b1 = results[TestData.WorkerB1Id];
        (b1.Total, b1.GroupMissing, b1.Grade).ShouldBe((0m, true, Grade.Unqualified));

        (y.RankInStreet, x.RankInStreet, z.RankInStreet, b1.RankInStreet).ShouldBe((1, 2, 3, 4));
        (y.RankInCommunity, x.RankInCommunity, z.RankInCommunity, b1.RankInCommunity).ShouldBe((1, 2, 3, 1));
    }

    [Fact]
    public async Task Should_Give_Identical_Results_And_No_Duplicates_When_Compiled_Again_Or_After_A_Crash()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);
        var first = await SnapshotAsync(s.CycleId);

        await CompileAsync(s.CycleId, batchSize: 1);
        (await SnapshotAsync(s.CycleId)).ShouldBe(first);

        // A crash half-way: one result never written, another left with a stale total.
        LoginAsSystem();
        await WithDbContextAsync(async db =>
        {
            db.AssessmentResults.Remove(await db.AssessmentResults.FirstAsync(r => r.WorkerId == s.Z.WorkerId));
            return await db.SaveChangesAsync();
        });
        await CompileAsync(s.CycleId);
        var third = await SnapshotAsync(s.CycleId);
        third.Select(r => (r.WorkerId, r.Total, r.Grade, r.RankInStreet)).ShouldBe(first.Select(r => (r.WorkerId, r.Total, r.Grade, r.RankInStreet)));
        (await WithDbContextAsync(db => db.AssessmentResults.CountAsync(r => r.CycleId == s.CycleId))).ShouldBe(4);
    }

    [Fact]
    public async Task Should_Keep_A_Calibration_Through_A_Recompile_And_Audit_Each_Compile_Once()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);
        var x = await CalibrateAsync(s.CycleId, s.X.WorkerId, Grade.BasicallyQualified, "Two verified complaints");

        await CompileAsync(s.CycleId);

        LoginAs(TestData.NorthHr);
        var after = await GetRequiredService<IAssessmentResultAppService>().GetAsync(x);
        (after.Total, after.ComputedGrade, after.Grade, after.CalibrationReason).ShouldBe((86.09m, Grade.Qualified, Grade.BasicallyQualified, "Two verified complaints"));
        LoginAsSystem();
        var audit = await WithDbContextAsync(db => db.AuditEntries.Where(a => a.EntityType.StartsWith("AssessmentResult")).ToListAsync());
        // Derived rows are not audited one by one; the human decision is.
        audit.Count(a => a.EntityType == "AssessmentResults.Compiled" && a.EntityId == s.CycleId).ShouldBe(2);
        audit.Where(a => a.EntityType == nameof(AssessmentResult)).ShouldHaveSingleItem().EntityId.ShouldBe(x);
    }

    [Fact]
    public async Task Should_Drop_A_Calibration_A_Recompile_Makes_Moot()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);
        var x = await CalibrateAsync(s.CycleId, s.X.WorkerId, Grade.BasicallyQualified, "Two verified complaints");
        var z = await CalibrateAsync(s.CycleId, s.Z.WorkerId, Grade.BasicallyQualified, "Long sick leave");
        // X's scores fall to 6 of 10 (as a re-score would leave them): 60 × 90 % + 8 + 3 = 65, basically qualified by the bands.
        LoginAsSystem();
        await WithDbContextAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"ScoreSheetScores\" SET \"Score\" = {6m} WHERE \"SheetId\" IN (SELECT \"Id\" FROM \"ScoreSheets\" WHERE \"WorkerId\" = {s.X.WorkerId})"));

        await CompileAsync(s.CycleId);

        LoginAs(TestData.NorthHr);
        var after = GetRequiredService<IAssessmentResultAppService>();
        var movedX = await after.GetAsync(x);
        (movedX.Total, movedX.ComputedGrade, movedX.Grade).ShouldBe((65m, Grade.BasicallyQualified, Grade.BasicallyQualified));
        movedX.CalibrationReason.ShouldBeNull();
        var keptZ = await after.GetAsync(z);
        (keptZ.ComputedGrade, keptZ.Grade, keptZ.CalibrationReason).ShouldBe((Grade.Unqualified, Grade.BasicallyQualified, "Long sick leave"));
    }

    [Fact]
    public async Task Should_Show_Compile_Progress()
    {
        var s = await BuildScoredCycleAsync();
        LoginAs(TestData.NorthHr);
        var cycles = GetRequiredService<IEvaluationCycleAppService>();
        (await cycles.GetProgressAsync(s.CycleId)).ShouldBe(new CompileProgressDto(s.CycleId, EvaluationCycleStatus.Closed, 0, 4));

        await CompileAsync(s.CycleId);

        LoginAs(TestData.NorthHr);
        (await GetRequiredService<IEvaluationCycleAppService>().GetProgressAsync(s.CycleId))
            .ShouldBe(new CompileProgressDto(s.CycleId, EvaluationCycleStatus.Compiled, 4, 4));
    }

    [Fact]
    public async Task Should_Not_Recompile_A_Published_Cycle()
    {
        var s = await BuildScoredCycleAsync();
        await CompileAsync(s.CycleId);
        LoginAs(TestData.NorthHr);
        await GetRequiredService<IEvaluationCycleAppService>().PublishAsync(s.CycleId);

        LoginAsSystem();
        (await GetRequiredService<AssessmentCompiler>().CompileAsync(s.CycleId)).ShouldBeFalse();
        LoginAs(TestData.NorthHr);
        (await Should.ThrowAsync<BusinessException>(() => GetRequiredService<IEvaluationCycleAppService>().CompileAsync(s.CycleId)))
            .Code.ShouldBe(AssessmentErrorCodes.IllegalTransition);
    }

    private async Task<List<(Guid Id, Guid WorkerId, decimal Total, Grade Grade, int RankInStreet)>> SnapshotAsync(Guid cycleId)
    {
        LoginAsSystem();
        return (await WithDbContextAsync(db => db.AssessmentResults.Where(r => r.CycleId == cycleId).ToListAsync()))
            .OrderBy(r => r.WorkerId).Select(r => (r.Id, r.WorkerId, r.Total, r.Grade, r.RankInStreet)).ToList();
    }

    /// <summary>Street HR moves a worker's grade; returns the result's id.</summary>
    private async Task<Guid> CalibrateAsync(Guid cycleId, Guid workerId, Grade grade, string reason)
    {
        LoginAs(TestData.NorthHr);
        var results = GetRequiredService<IAssessmentResultAppService>();
        var result = (await results.GetListAsync(new GetAssessmentResultListDto { CycleId = cycleId })).Items.Single(r => r.WorkerId == workerId);
        await results.CalibrateAsync(result.Id, new CalibrateResultDto { Grade = grade, Reason = reason });
        return result.Id;
    }
}
