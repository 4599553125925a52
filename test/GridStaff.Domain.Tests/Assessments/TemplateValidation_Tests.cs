namespace GridStaff.Assessments;

using GridStaff.AssessmentTemplates;
using Shouldly;
using Xunit;

public class TemplateValidation_Tests
{
    [Fact]
    public void Should_Accept_The_Standard_Template_Without_Warnings()
    {
        Should.NotThrow(() => TemplateValidator.Validate(TestTemplates.Standard()));
        TemplateValidator.Warnings(TestTemplates.Standard()).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Refuse_Rated_Weights_Not_Summing_To_100()
    {
        var t = TestTemplates.Standard();
        t.Dimensions[0].Indicators[0] = t.Dimensions[0].Indicators[0] with { Weight = 35 };
        Invalid(t).Field.ShouldBe("definition.dimensions");
    }

    [Fact]
    public void Should_Refuse_Group_Weights_Not_Summing_To_100()
    {
        var t = TestTemplates.Standard();
        t.RaterGroups[2] = t.RaterGroups[2] with { Weight = 25 };
        Invalid(t).Field.ShouldBe("definition.raterGroups");
    }

    [Fact]
    public void Should_Refuse_A_Group_Scoring_An_Indicator_That_Is_Not_Rated()
    {
        var t = TestTemplates.Standard();
        t.RaterGroups[2] = t.RaterGroups[2] with { IndicatorCodes = ["VISITS"] };
        Invalid(t).Message.ShouldContain("VISITS");
    }

    [Fact]
    public void Should_Refuse_A_Gap_Between_Grade_Bands()
    {
        var t = TestTemplates.Standard() with { GradeBands = GradeBandDefinition.Defaults() };
        t.GradeBands[1] = t.GradeBands[1] with { MaxScore = 89 };
        Invalid(t).Message.ShouldContain("gap");
    }

    [Fact]
    public void Should_Refuse_Overlapping_Grade_Bands()
    {
        var t = TestTemplates.Standard() with { GradeBands = GradeBandDefinition.Defaults() };
        t.GradeBands[2] = t.GradeBands[2] with { MaxScore = 80 };
        Invalid(t).Message.ShouldContain("overlap");
    }

    [Fact]
    public void Should_Refuse_Bands_That_Do_Not_Reach_100()
    {
        var t = TestTemplates.Standard() with { GradeBands = GradeBandDefinition.Defaults() };
        t.GradeBands[0] = t.GradeBands[0] with { MaxScore = 99 };
        Invalid(t).Field.ShouldBe("definition.gradeBands");
    }

    [Fact]
    public void Should_Only_Warn_Above_15_Indicators()
    {
        var t = TestTemplates.Standard();
        var many = Enumerable.Range(1, 16).Select(n => new IndicatorDefinition { Code = $"R{n}", Name = $"R{n}", Weight = n == 16 ? 25 : 5, MaxScore = 5 }).ToList();
        t = t with { Dimensions = [new DimensionDefinition { Name = "Many", Indicators = many }] };
        t.RaterGroups.Clear();
        t.RaterGroups.Add(new RaterGroupDefinition { Kind = RaterGroupKind.Director, Weight = 100, IndicatorCodes = many.Select(i => i.Code).ToList() });

        Should.NotThrow(() => TemplateValidator.Validate(t));
        TemplateValidator.Warnings(t).ShouldHaveSingleItem().ShouldContain("16 indicators");
    }

    [Fact]
    public void Should_Refuse_A_Data_Fed_Indicator_Without_Target_And_A_Bonus_Without_Cap()
    {
        var t = TestTemplates.Standard();
        t.Dimensions[1].Indicators[0] = t.Dimensions[1].Indicators[0] with { Target = null };
        Invalid(t).Message.ShouldContain("VISITS");

        t = TestTemplates.Standard();
        t.Dimensions[1].Indicators[1] = t.Dimensions[1].Indicators[1] with { Cap = null };
        Invalid(t).Message.ShouldContain("BONUS");
    }

    [Fact]
    public void Should_Refuse_A_Target_Above_The_Cap()
    {
        var t = TestTemplates.Standard(new QuotaSettings { CapPercent = 10, TargetPercent = 15 });
        Invalid(t).Field.ShouldBe("definition.quota");
    }

    private static BusinessException Invalid(TemplateDefinition t)
    {
        var error = Should.Throw<BusinessException>(() => TemplateValidator.Validate(t));
        error.Code.ShouldBe(AssessmentErrorCodes.InvalidTemplate);
        return error;
    }
}
