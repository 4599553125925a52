namespace GridStaff.Assessments;

/// <summary>How one worker's total was computed, kept with the result so a worker or an appeal reviewer can follow it.</summary>
public sealed record ResultBreakdown
{
    public List<GroupBreakdown> Groups { get; init; } = [];
    public List<IndicatorBreakdown> Indicators { get; init; } = [];

    /// <summary>The weighted rater-group score, 0..100, before it is scaled to its share.</summary>
    public decimal RatedScore { get; init; }

    /// <summary>Points of the 100 that raters give (100 minus the data-fed weights).</summary>
    public decimal RatedShare { get; init; }

    public decimal DataFedPoints { get; init; }
    public decimal BonusPoints { get; init; }
    public decimal DeductionPoints { get; init; }

    /// <summary>Annual cycles combining earlier ones: this cycle's own total and weight, and each earlier cycle's.</summary>
    public List<ComponentBreakdown> Components { get; init; } = [];
}

/// <summary>A combined cycle's part: Total null when the worker has no result there (its weight then goes to this cycle).</summary>
public sealed record ComponentBreakdown(Guid CycleId, decimal Weight, decimal? Total);

/// <summary>A rater group's score; Score is null and EffectiveWeight 0 when no sheet of the group was submitted.</summary>
public sealed record GroupBreakdown(RaterGroupKind Group, decimal Weight, decimal EffectiveWeight, int Sheets, decimal? Score);

/// <summary>
/// One indicator's part. Rated: the mean score the group gave (Group set). Data-fed: the imported count.
/// Bonus/deduction: the imported points; Points is what counted after the cap.
/// </summary>
public sealed record IndicatorBreakdown(string Code, IndicatorKind Kind, RaterGroupKind? Group, decimal? Value, decimal? MaxScore, decimal Points);

/// <summary>
/// Source-generated JSON for the stored breakdown (web defaults, enums as strings): a city-scale compile
/// writes one per worker, and the generated serializer skips reflection. Indicator lines are stored as
/// arrays (see <see cref="IndicatorBreakdownArrayConverter"/>); the API still shows them as objects.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    Converters = [typeof(IndicatorBreakdownArrayConverter)])]
[System.Text.Json.Serialization.JsonSerializable(typeof(ResultBreakdown))]
public sealed partial class ResultBreakdownJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
