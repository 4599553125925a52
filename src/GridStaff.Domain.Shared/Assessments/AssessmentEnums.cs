namespace GridStaff.Assessments;

/// <summary>How an indicator gets its points (DOMAIN.md §5).</summary>
public enum IndicatorKind
{
    /// <summary>Raters score it on score sheets, 0..max.</summary>
    Rated = 1,
    /// <summary>Computed from work data the grid platform already has: linear to a target, capped at the weight.</summary>
    DataFed = 2,
    /// <summary>Points added for commendations, capped.</summary>
    Bonus = 3,
    /// <summary>Points taken off, e.g. for verified complaints, capped.</summary>
    Deduction = 4,
}

public enum RaterGroupKind
{
    Director = 1,
    Peers = 2,
    StreetHr = 3,
    Residents = 4,
    Self = 5,
}

/// <summary>The four result grades; their labels are configurable per template.</summary>
public enum Grade
{
    Excellent = 1,
    Qualified = 2,
    BasicallyQualified = 3,
    Unqualified = 4,
}

public enum QuotaScope
{
    Street = 1,
    Community = 2,
}

/// <summary>How a quota of n × cap% is turned into a head count. Down (the default) never exceeds the cap.</summary>
public enum QuotaRounding
{
    Down = 1,
    Nearest = 2,
    Up = 3,
}

public enum PeriodKind
{
    Monthly = 1,
    Quarterly = 2,
    HalfYear = 3,
    Annual = 4,
}

public enum EvaluationCycleStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
    Compiled = 4,
    Calibrated = 5,
    Published = 6,
    Finalized = 7,
    Cancelled = 8,
}
