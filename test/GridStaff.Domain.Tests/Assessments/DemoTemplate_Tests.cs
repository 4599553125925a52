namespace GridStaff.Assessments;

using GridStaff.AssessmentTemplates;
using GridStaff.Data;
using Shouldly;
using Xunit;

public class DemoTemplate_Tests
{
    [Fact]
    public void Should_Seed_A_Demo_Template_That_Passes_Validation_Without_Warnings()
    {
        var definition = DemoAssessmentSeedContributor.Definition();

        Should.NotThrow(() => TemplateValidator.Validate(definition));
        TemplateValidator.Warnings(definition).ShouldBeEmpty();
        definition.Indicators.Where(i => i.Kind == IndicatorKind.Rated).Sum(i => i.Weight).ShouldBe(100);
        definition.RaterGroups.Sum(g => g.Weight).ShouldBe(100);
    }
}
