namespace GridStaff.Workers;

using GridStaff.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Shouldly;
using Xunit;

public class WorkerRoster_Tests : GridStaffTestBase
{
    private IWorkerRosterAppService Roster => GetRequiredService<IWorkerRosterAppService>();

    private static FileStream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Workers", "TestData", name));

    private Task<int> CountWorkersAsync()
    {
        LoginAsSystem();
        return WithDbContextAsync(db => db.Workers.CountAsync());
    }

    [Fact]
    public async Task Should_Import_A_Roster_Written_By_Another_Tool()
    {
        LoginAs(TestData.NorthHr);
        await using var file = Open("roster-valid.xlsx");
        var result = await Roster.ImportAsync(file, new ImportWorkersDto());

        result.Errors.ShouldBeEmpty();
        result.TotalRows.ShouldBe(4);
        result.Imported.ShouldBe(4);
        result.Written.ShouldBeTrue();

        var page = await GetRequiredService<IWorkerAppService>().GetListAsync(new GetWorkerListDto { Filter = "王芳" });
        var wang = await GetRequiredService<IWorkerAppService>().GetAsync(page.Items.Single().Id);
        wang.CommunityId.ShouldBe(TestData.NorthACommunityId);
        wang.GridIds.ShouldBe([TestData.GridA2Id]);
        wang.Gender.ShouldBe(Gender.Female);
        wang.BirthDate.ShouldBe(new DateOnly(1993, 4, 12));
        wang.HireDate.ShouldBe(new DateOnly(2025, 9, 1));
        wang.Status.ShouldBe(WorkerStatus.Probation);
        wang.ProbationEndOn.ShouldBe(new DateOnly(2026, 2, 28));
        wang.PhoneMasked.ShouldBe("139****1234");
        wang.Education.ShouldBe(Education.Bachelor);
        wang.Certificate.ShouldBe(SocialWorkCertificate.Junior);
        (await GetRequiredService<IWorkerAppService>().GetContractsAsync(wang.Id)).Single().EndOn.ShouldBe(new DateOnly(2028, 8, 31));

        var zhou = (await GetRequiredService<IWorkerAppService>().GetListAsync(new GetWorkerListDto { Filter = "周涛" })).Items.Single();
        zhou.Kind.ShouldBe(WorkerKind.CommunityLeader);
        zhou.PhoneMasked.ShouldBe("139****4321");
    }

    [Fact]
    public async Task Should_Create_No_Duplicates_When_The_Same_File_Is_Imported_Twice()
    {
        LoginAs(TestData.NorthHr);
        await using (var file = Open("roster-valid.xlsx")) (await Roster.ImportAsync(file, new ImportWorkersDto())).Imported.ShouldBe(4);
        var before = await CountWorkersAsync();

        LoginAs(TestData.NorthHr);
        await using (var file = Open("roster-valid.xlsx"))
        {
            var again = await Roster.ImportAsync(file, new ImportWorkersDto());
            again.Imported.ShouldBe(0);
            again.AlreadyRegistered.ShouldBe(4);
            again.Errors.ShouldBeEmpty();
        }
        (await CountWorkersAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Write_Nothing_And_Report_Every_Bad_Row_And_Column()
    {
        var before = await CountWorkersAsync();
        LoginAs(TestData.NorthHr);
        await using var file = Open("roster-invalid.xlsx");
        var result = await Roster.ImportAsync(file, new ImportWorkersDto());

        result.Written.ShouldBeFalse();
        result.Imported.ShouldBe(0);
        result.TotalRows.ShouldBe(7);
        result.Rejected.ShouldBe(6);
        result.Errors.Select(e => (e.Row, e.Column)).ShouldBe(
        [
            (3, WorkerRosterColumns.IdNumber),
            (4, WorkerRosterColumns.Community),
            (5, WorkerRosterColumns.IdNumber),
            (6, WorkerRosterColumns.Grade),
            (7, WorkerRosterColumns.HireDate),
            (8, WorkerRosterColumns.ProbationEnd),
        ]);
        result.Errors[0].Reason.ShouldContain("check character");
        result.Errors[1].Reason.ShouldContain("ZZ");
        result.Errors[2].Reason.ShouldContain("row 2");
        result.Errors[3].Reason.ShouldContain("1–12");
        result.Errors[5].Reason.ShouldContain("2 month");
        (await CountWorkersAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Import_Only_The_Valid_Rows_When_Asked()
    {
        var before = await CountWorkersAsync();
        LoginAs(TestData.NorthHr);
        await using var file = Open("roster-invalid.xlsx");
        var result = await Roster.ImportAsync(file, new ImportWorkersDto { ValidRowsOnly = true });

        result.Written.ShouldBeTrue();
        result.Imported.ShouldBe(1);
        result.Errors.Count.ShouldBe(6);
        (await CountWorkersAsync()).ShouldBe(before + 1);
        LoginAs(TestData.NorthHr);
        (await GetRequiredService<IWorkerAppService>().GetListAsync(new GetWorkerListDto { Filter = "钱进" })).Items.Single().GridIds.ShouldBe([TestData.GridA2Id]);
    }

    [Fact]
    public async Task Should_Refuse_Rows_That_Would_Overfill_A_Grid_Within_The_File()
    {
        LoginAs(TestData.NorthHr);
        var rows = new[] { "37010219940301701", "37010219940301801" }.Select(first17 => new Dictionary<string, object?>
        {
            [WorkerRosterColumns.Name] = "网格员", [WorkerRosterColumns.IdNumber] = TestData.IdNumber(first17),
            [WorkerRosterColumns.Community] = "NA", [WorkerRosterColumns.Grids] = "A3", [WorkerRosterColumns.Post] = "STAFF",
            [WorkerRosterColumns.Grade] = 1, [WorkerRosterColumns.HireDate] = "2026-01-01",
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        stream.Position = 0;

        var result = await Roster.ImportAsync(stream, new ImportWorkersDto());
        result.Written.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldBe(result.Errors[0] with { Row = 3, Column = WorkerRosterColumns.Grids });
    }

    [Fact]
    public async Task Should_Report_Missing_Columns_And_Unreadable_Files()
    {
        LoginAs(TestData.NorthHr);
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { new Dictionary<string, object?> { [WorkerRosterColumns.Name] = "只有姓名" } });
        stream.Position = 0;
        var result = await Roster.ImportAsync(stream, new ImportWorkersDto());
        result.Written.ShouldBeFalse();
        result.Errors.Select(e => e.Column).ShouldContain(WorkerRosterColumns.IdNumber);

        var garbage = await Roster.ImportAsync(new MemoryStream("not a workbook"u8.ToArray()), new ImportWorkersDto());
        garbage.Written.ShouldBeFalse();
        garbage.Errors.ShouldHaveSingleItem().Reason.ShouldContain(".xlsx");
    }

    [Fact]
    public async Task Should_Not_Import_Into_Another_Street()
    {
        LoginAs(TestData.SouthHr);
        await using var file = Open("roster-valid.xlsx");
        var result = await Roster.ImportAsync(file, new ImportWorkersDto());
        result.Written.ShouldBeFalse();
        result.Errors.Where(e => e.Column == WorkerRosterColumns.Community).Count().ShouldBe(4); // NA/NB are North's
        await Should.ThrowAsync<BusinessException>(async () =>
        {
            await using var again = Open("roster-valid.xlsx");
            await Roster.ImportAsync(again, new ImportWorkersDto { StreetId = TestData.NorthStreetId });
        });
    }

    [Fact]
    public async Task Should_Export_A_Masked_Roster_That_Reads_Back()
    {
        LoginAs(TestData.NorthHr);
        var bytes = await Roster.ExportAsync(new GetWorkerListDto());
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        rows.Count.ShouldBe(2);
        var a1 = rows.Single(r => (string?)r[WorkerRosterColumns.Name] == "Worker A1");
        a1[WorkerRosterColumns.IdNumber].ShouldBe(PersonalDataMask.IdNumber(TestData.WorkerA1IdNumber));
        a1[WorkerRosterColumns.Phone].ShouldBe("138****5678");
        a1[WorkerRosterColumns.Community].ShouldBe("NA");
        a1[WorkerRosterColumns.Grids].ShouldBe("A1");
        a1[WorkerRosterColumns.Post].ShouldBe("STAFF");

        var text = ExcelText(bytes);
        foreach (var clear in new[] { TestData.WorkerA1IdNumber, TestData.WorkerB1IdNumber, TestData.WorkerA1Phone, TestData.WorkerB1Phone })
            text.ShouldNotContain(clear);
    }

    /// <summary>Every XML part of the workbook as one string, so nothing hides in shared strings or metadata.</summary>
    internal static string ExcelText(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Select(e => { using var r = new StreamReader(e.Open()); return r.ReadToEnd(); }));
    }
}
