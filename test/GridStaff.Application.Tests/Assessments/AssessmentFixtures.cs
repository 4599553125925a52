namespace GridStaff.Assessments;

/// <summary>Templates and helpers shared by the assessment integration tests.</summary>
public static class AssessmentFixtures
{
    /// <summary>
    /// Rated A (40), B (30), C (30), max 10 each; data-fed VISITS (10 points at 100); bonus BONUS (cap 3);
    /// director 50 % (A, B, C), peers 30 % (A, B; 2 per worker), street HR 20 % (C).
    /// </summary>
    public static TemplateDefinition Template(bool withSelf = false) => new()
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
                ],
            },
        ],
        RaterGroups = withSelf
            ?
            [
                new RaterGroupDefinition { Kind = RaterGroupKind.Director, Weight = 40, IndicatorCodes = ["A", "B", "C"] },
                new RaterGroupDefinition { Kind = RaterGroupKind.Peers, Weight = 30, IndicatorCodes = ["A", "B"], PeersPerWorker = 2 },
                new RaterGroupDefinition { Kind = RaterGroupKind.StreetHr, Weight = 20, IndicatorCodes = ["C"] },
                new RaterGroupDefinition { Kind = RaterGroupKind.Self, Weight = 10, IndicatorCodes = ["A"] },
            ]
            :
            [
                new RaterGroupDefinition { Kind = RaterGroupKind.Director, Weight = 50, IndicatorCodes = ["A", "B", "C"] },
                new RaterGroupDefinition { Kind = RaterGroupKind.Peers, Weight = 30, IndicatorCodes = ["A", "B"], PeersPerWorker = 2 },
                new RaterGroupDefinition { Kind = RaterGroupKind.StreetHr, Weight = 20, IndicatorCodes = ["C"] },
            ],
    };
}
