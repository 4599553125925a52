namespace GridStaff.Assessments;

/// <summary>A small template the hand-computed examples use.</summary>
public static class TestTemplates
{
    /// <summary>
    /// Rated A (40, max 10), B (30, max 10), C (30, max 10); data-fed VISITS (10 points at 100);
    /// bonus BONUS (cap 3); deduction COMPLAINTS (cap 5). Director 50 % scores A, B, C; peers 30 %
    /// (2 per worker) score A, B; street HR 20 % scores C.
    /// </summary>
    public static TemplateDefinition Standard(QuotaSettings? quota = null) => new()
    {
        Dimensions =
        [
            new DimensionDefinition
            {
                Name = "德能勤绩廉",
                Indicators =
                [
                    new IndicatorDefinition { Code = "A", Name = "Morality", Weight = 40, MaxScore = 10 },
                    new IndicatorDefinition { Code = "B", Name = "Ability", Weight = 30, MaxScore = 10 },
                    new IndicatorDefinition { Code = "C", Name = "Diligence", Weight = 30, MaxScore = 10 },
                ],
            },
            new DimensionDefinition
            {
                Name = "Grid work",
                Indicators =
                [
                    new IndicatorDefinition { Code = "VISITS", Name = "Household visits", Kind = IndicatorKind.DataFed, Weight = 10, Target = 100 },
                    new IndicatorDefinition { Code = "BONUS", Name = "Commendations", Kind = IndicatorKind.Bonus, Cap = 3 },
                    new IndicatorDefinition { Code = "COMPLAINTS", Name = "Verified complaints", Kind = IndicatorKind.Deduction, Cap = 5 },
                ],
            },
        ],
        RaterGroups =
        [
            new RaterGroupDefinition { Kind = RaterGroupKind.Director, Weight = 50, IndicatorCodes = ["A", "B", "C"] },
            new RaterGroupDefinition { Kind = RaterGroupKind.Peers, Weight = 30, IndicatorCodes = ["A", "B"], PeersPerWorker = 2 },
            new RaterGroupDefinition { Kind = RaterGroupKind.StreetHr, Weight = 20, IndicatorCodes = ["C"] },
        ],
        Quota = quota ?? new QuotaSettings(),
    };

    public static Dictionary<string, decimal> Scores(params (string Code, decimal Score)[] scores) =>
        scores.ToDictionary(s => s.Code, s => s.Score);
}
