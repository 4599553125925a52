namespace GridStaff.Assessments;

using System.Text.Json;
using GridStaff.AssessmentResults;
using Shouldly;
using Xunit;
using static TestTemplates;

public class StoredBreakdown_Tests
{
    private static readonly ResultBreakdown Sample = new()
    {
        Groups = [new GroupBreakdown(RaterGroupKind.Director, 50, 50, 1, 90m)],
        Indicators =
        [
            new IndicatorBreakdown("A", IndicatorKind.Rated, RaterGroupKind.Director, 8.30m, 10, 6.64m),
            new IndicatorBreakdown("BONUS", IndicatorKind.Bonus, null, 5, null, 3),
        ],
        RatedScore = 90, RatedShare = 90, BonusPoints = 3,
    };

    private static string Store(ResultBreakdown b) => JsonSerializer.Serialize(b, ResultBreakdownJsonContext.Default.ResultBreakdown);
    private static ResultBreakdown Load(string json) => JsonSerializer.Deserialize(json, ResultBreakdownJsonContext.Default.ResultBreakdown)!;

    [Fact]
    public void Should_Store_Indicator_Lines_As_Arrays_And_Read_Them_Back()
    {
        var json = Store(Sample);

        json.ShouldContain("""["A","Rated","Director",8.30,10,6.64]""");
        json.ShouldContain("""["BONUS","Bonus",null,5,null,3]""");
        var loaded = Load(json);
        loaded.Indicators.ShouldBe(Sample.Indicators);
        loaded.Groups.ShouldBe(Sample.Groups);
        (loaded.RatedScore, loaded.BonusPoints).ShouldBe((90m, 3m));
    }

    [Fact]
    public void Should_Read_The_Object_Form_Stored_Before()
    {
        var legacy = """
            {"groups":[],"indicators":[{"code":"A","kind":"Rated","group":"Director","value":8.30,"maxScore":10,"points":6.64},
            {"code":"BONUS","kind":"Bonus","group":null,"value":5,"maxScore":null,"points":3}],"ratedScore":90}
            """;

        Load(legacy).Indicators.ShouldBe(Sample.Indicators);
    }

    [Fact]
    public void Should_Keep_The_Object_Form_Outside_The_Store()
    {
        // The API serialises with its own options: clients keep seeing named fields.
        var json = JsonSerializer.Serialize(Sample.Indicators[0], new JsonSerializerOptions(JsonSerializerDefaults.Web));

        json.ShouldContain("\"code\":\"A\"");
    }

    [Fact]
    public void Should_Store_A_Computed_Result_In_Two_Thirds_Of_The_Object_Form_Or_Less()
    {
        var input = new WorkerScoreInput(Guid.NewGuid(),
            [new SheetScores(RaterGroupKind.Director, Scores(("A", 9), ("B", 8), ("C", 10))), new SheetScores(RaterGroupKind.Peers, Scores(("A", 8), ("B", 6)))],
            Scores(("VISITS", 80), ("BONUS", 5)));
        var breakdown = AssessmentCalculator.Compute(Standard(), input).Breakdown;
        var objectForm = JsonSerializer.Serialize(breakdown, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });

        var stored = Store(breakdown);

        Load(stored).ShouldBe(breakdown, new BreakdownComparer());
        Load(objectForm).ShouldBe(breakdown, new BreakdownComparer());
        stored.Length.ShouldBeLessThan(objectForm.Length * 2 / 3);
    }

    /// <summary>Records holding lists compare the lists by reference: this compares their items.</summary>
    private sealed class BreakdownComparer : IEqualityComparer<ResultBreakdown>
    {
        public bool Equals(ResultBreakdown? x, ResultBreakdown? y) =>
            x is not null && y is not null && x.Groups.SequenceEqual(y.Groups) && x.Indicators.SequenceEqual(y.Indicators) && x.Components.SequenceEqual(y.Components)
            && (x.RatedScore, x.RatedShare, x.DataFedPoints, x.BonusPoints, x.DeductionPoints) == (y.RatedScore, y.RatedShare, y.DataFedPoints, y.BonusPoints, y.DeductionPoints);

        public int GetHashCode(ResultBreakdown obj) => obj.Indicators.Count;
    }
}
