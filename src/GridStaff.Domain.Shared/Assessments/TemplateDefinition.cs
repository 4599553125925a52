namespace GridStaff.Assessments;

using System.ComponentModel.DataAnnotations;

// The content of one template version: plain data, shared by the domain (which validates it in
// AssessmentTemplate) and the API (which receives and returns it as is). Stored as JSON.

public sealed record TemplateDefinition
{
    [Required, MinLength(1), MaxLength(20)]
    public List<DimensionDefinition> Dimensions { get; init; } = [];

    [Required, MinLength(1), MaxLength(5)]
    public List<RaterGroupDefinition> RaterGroups { get; init; } = [];

    /// <summary>Highest grade first; default ≥90 / 75–89 / 60–74 / &lt;60 (DOMAIN.md §5).</summary>
    [Required, MinLength(2), MaxLength(4)]
    public List<GradeBandDefinition> GradeBands { get; init; } = GradeBandDefinition.Defaults();

    [Required]
    public QuotaSettings Quota { get; init; } = new();

    public IEnumerable<IndicatorDefinition> Indicators => Dimensions.SelectMany(d => d.Indicators);
}

public sealed record DimensionDefinition
{
    [Required, StringLength(AssessmentConsts.MaxNameLength)]
    public string Name { get; init; } = "";

    [Required, MinLength(1), MaxLength(AssessmentConsts.MaxIndicators)]
    public List<IndicatorDefinition> Indicators { get; init; } = [];
}

public sealed record IndicatorDefinition
{
    [Required, StringLength(AssessmentConsts.MaxCodeLength)]
    public string Code { get; init; } = "";

    [Required, StringLength(AssessmentConsts.MaxNameLength)]
    public string Name { get; init; } = "";

    public IndicatorKind Kind { get; init; } = IndicatorKind.Rated;

    /// <summary>Rated: share of the rated score (rated weights sum to 100). Data-fed: points at or above the target.</summary>
    [Range(0, 100)]
    public decimal Weight { get; init; }

    /// <summary>Rated: the highest score a rater may give.</summary>
    [Range(0, 1000)]
    public decimal MaxScore { get; init; } = 10;

    [StringLength(AssessmentConsts.MaxGuideLength)]
    public string? ScoringGuide { get; init; }

    /// <summary>Data-fed: the count that earns the full weight (linear below it, capped above).</summary>
    [Range(0, 1_000_000)]
    public decimal? Target { get; init; }

    /// <summary>Bonus/deduction: the most points this indicator can add or take off.</summary>
    [Range(0, 100)]
    public decimal? Cap { get; init; }
}

public sealed record RaterGroupDefinition
{
    public RaterGroupKind Kind { get; init; }

    /// <summary>Share of the rated score; group weights sum to 100.</summary>
    [Range(0, 100)]
    public decimal Weight { get; init; }

    /// <summary>The rated indicators this group scores.</summary>
    [Required, MinLength(1)]
    public List<string> IndicatorCodes { get; init; } = [];

    /// <summary>Peers only: how many colleagues of the same community score each worker.</summary>
    [Range(0, AssessmentConsts.MaxPeersPerWorker)]
    public int PeersPerWorker { get; init; }
}

public sealed record GradeBandDefinition
{
    public Grade Grade { get; init; }

    [Required, StringLength(AssessmentConsts.MaxLabelLength)]
    public string Label { get; init; } = "";

    /// <summary>Inclusive lower bound.</summary>
    [Range(0, 100)]
    public decimal MinScore { get; init; }

    /// <summary>Exclusive upper bound, except that 100 itself belongs to the top band.</summary>
    [Range(0, 100)]
    public decimal MaxScore { get; init; }

    /// <summary>Performance pay coefficient of the grade (default 1.2 / 1.0 / 0.6 / 0).</summary>
    [Range(0, 5)]
    public decimal PerformanceCoefficient { get; init; }

    public static List<GradeBandDefinition> Defaults() =>
    [
        new() { Grade = Grade.Excellent, Label = "优秀", MinScore = 90, MaxScore = 100, PerformanceCoefficient = 1.2m },
        new() { Grade = Grade.Qualified, Label = "合格", MinScore = 75, MaxScore = 90, PerformanceCoefficient = 1.0m },
        new() { Grade = Grade.BasicallyQualified, Label = "基本合格", MinScore = 60, MaxScore = 75, PerformanceCoefficient = 0.6m },
        new() { Grade = Grade.Unqualified, Label = "不合格", MinScore = 0, MaxScore = 60, PerformanceCoefficient = 0m },
    ];
}

/// <summary>The excellent quota (DOMAIN.md §5).</summary>
public sealed record QuotaSettings
{
    [Range(0, 100)]
    public decimal CapPercent { get; init; } = 20;

    [Range(0, 100)]
    public decimal TargetPercent { get; init; } = 15;

    public QuotaScope Scope { get; init; } = QuotaScope.Street;

    public QuotaRounding Rounding { get; init; } = QuotaRounding.Down;

    /// <summary>Per-community quota only: communities with fewer assessed workers pool into the street's quota.</summary>
    [Range(0, 1000)]
    public int PoolingThreshold { get; init; } = 5;
}
