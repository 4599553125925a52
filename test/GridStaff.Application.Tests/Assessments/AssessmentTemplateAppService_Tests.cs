namespace GridStaff.Assessments;

using System.Text;
using GridStaff.AssessmentTemplates;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class AssessmentTemplateAppService_Tests : GridStaffTestBase
{
    private IAssessmentTemplateAppService Service => GetRequiredService<IAssessmentTemplateAppService>();

    [Fact]
    public async Task Should_Create_A_New_Version_And_Keep_The_Old_One_Unchanged()
    {
        LoginAs(TestData.NorthHr);
        var v1 = await Service.CreateAsync(Create(AssessmentFixtures.Template()));
        var changed = AssessmentFixtures.Template();
        changed.Dimensions[0].Indicators[0] = changed.Dimensions[0].Indicators[0] with { Name = "Renamed" };
        var v2 = await Service.CreateAsync(Create(changed));

        v1.Version.ShouldBe(1);
        v2.Version.ShouldBe(2);
        (await Service.GetAsync(v1.Id)).Definition.Dimensions[0].Indicators[0].Name.ShouldBe("Morality");
        (await Service.GetListAsync(new GetAssessmentTemplateListDto { LatestOnly = true })).Items.ShouldHaveSingleItem().Id.ShouldBe(v2.Id);
    }

    [Fact]
    public async Task Should_Refuse_An_Invalid_Template_And_Write_Nothing()
    {
        LoginAs(TestData.NorthHr);
        var bad = AssessmentFixtures.Template();
        bad.RaterGroups[0] = bad.RaterGroups[0] with { Weight = 10 };
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(Create(bad)));
        error.Code.ShouldBe(AssessmentErrorCodes.InvalidTemplate);
        (await WithDbContextAsync(db => db.AssessmentTemplates.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Hide_A_Template_From_Another_Street()
    {
        LoginAs(TestData.NorthHr);
        var template = await Service.CreateAsync(Create(AssessmentFixtures.Template()));

        LoginAs(TestData.SouthHr);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(template.Id));
        (await Service.GetListAsync(new())).Items.ShouldBeEmpty();
        await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(Create(AssessmentFixtures.Template())));

        LoginAs(TestData.NorthADirector);
        (await Service.GetAsync(template.Id)).Code.ShouldBe("STD");
    }

    [Fact]
    public async Task Should_Import_Work_Data_And_Replace_Values_On_Reimport()
    {
        LoginAs(TestData.NorthHr);
        var (w1, w2) = (TestData.WorkerA1Id, TestData.WorkerB1Id);
        var input = new ImportWorkDataDto { StreetId = TestData.NorthStreetId, PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 3, 31) };

        var first = await Service.ImportWorkDataAsync(input, Csv($"workerId,indicatorCode,value\n{w1},VISITS,80\n{w2},VISITS,120\n{w1},BONUS,2"));
        var second = await Service.ImportWorkDataAsync(input, Csv($"workerId,indicatorCode,value\n{w1},VISITS,95\n"));

        first.ShouldBe(new WorkDataImportResultDto(3, 0));
        second.ShouldBe(new WorkDataImportResultDto(0, 1));
        var stored = await WithDbContextAsync(db => db.WorkDataRecords.Where(r => r.WorkerId == w1 && r.IndicatorCode == "VISITS").ToListAsync());
        stored.ShouldHaveSingleItem().Value.ShouldBe(95m);
    }

    [Fact]
    public async Task Should_Refuse_A_Bad_Csv_Row_And_Import_Nothing()
    {
        LoginAs(TestData.NorthHr);
        var input = new ImportWorkDataDto { StreetId = TestData.NorthStreetId, PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 3, 31) };

        var error = await Should.ThrowAsync<BusinessException>(() =>
            Service.ImportWorkDataAsync(input, Csv($"workerId,indicatorCode,value\n{Guid.NewGuid()},VISITS,80\n{Guid.NewGuid()},VISITS,-3")));

        error.Code.ShouldBe(AssessmentErrorCodes.InvalidWorkData);
        error.Message.ShouldContain("Line 3");
        (await WithDbContextAsync(db => db.WorkDataRecords.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Refuse_Work_Data_Of_A_Worker_Of_Another_Street()
    {
        LoginAs(TestData.NorthHr);
        var input = new ImportWorkDataDto { StreetId = TestData.NorthStreetId, PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 3, 31) };

        var error = await Should.ThrowAsync<BusinessException>(() =>
            Service.ImportWorkDataAsync(input, Csv($"workerId,indicatorCode,value\n{TestData.WorkerA1Id},VISITS,80\n{TestData.WorkerS1Id},VISITS,90")));

        error.Message.ShouldContain("Line 3");
        (await WithDbContextAsync(db => db.WorkDataRecords.CountAsync())).ShouldBe(0);
    }

    private static CreateAssessmentTemplateDto Create(TemplateDefinition definition) =>
        new() { StreetId = TestData.NorthStreetId, Code = "STD", Name = "Standard", Definition = definition };

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
