namespace GridStaff.AssessmentResults;

using GridStaff.Assessments;

/// <summary>One submitted score sheet: the rater group and the score per indicator code.</summary>
public sealed record SheetScores(RaterGroupKind Group, IReadOnlyDictionary<string, decimal> Scores);

/// <summary>What the calculator needs of one worker: submitted sheets and imported work data (by indicator code).</summary>
public sealed record WorkerScoreInput(Guid WorkerId, IReadOnlyList<SheetScores> Sheets, IReadOnlyDictionary<string, decimal> WorkData);

public sealed record ScoreComputation(decimal Total, Grade Grade, decimal? DirectorScore, bool GroupMissing, ResultBreakdown Breakdown);

/// <summary>
/// The compile arithmetic (issue 4), pure. Per rater group: each sheet's score is its weighted
/// indicator scores scaled to 100, the group's score the mean of its sheets. Groups without a
/// submitted sheet are dropped and the others re-weighted (flagged). The rated score takes
/// 100 − Σ data-fed weights of the total; data-fed points are linear to their target and capped
/// at their weight; bonus and deduction points are capped per indicator; the total is clamped to
/// 0..100 and rounded to 2 decimals (half away from zero); the grade comes from the bands.
/// </summary>
public static class AssessmentCalculator
{
    // A compile calls Compute once per worker with the same template: its indicator index is built once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TemplateDefinition, Dictionary<string, IndicatorDefinition>> IndicatorIndex = new();

    public static ScoreComputation Compute(TemplateDefinition template, WorkerScoreInput input)
    {
        var indicators = IndicatorIndex.GetValue(template, t => t.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase));
        var groups = new List<GroupBreakdown>();
        var lines = new List<IndicatorBreakdown>();
        decimal weighted = 0, presentWeight = 0;
        decimal? director = null;

        foreach (var group in template.RaterGroups)
        {
            var sheets = input.Sheets.Where(s => s.Group == group.Kind).ToList();
            var codes = group.IndicatorCodes.Where(indicators.ContainsKey).ToList();
            if (sheets.Count == 0)
            {
                groups.Add(new GroupBreakdown(group.Kind, group.Weight, 0, 0, null));
                continue;
            }

            var score = sheets.Average(s => SheetScore(s, codes, indicators));
            weighted += group.Weight * score;
            presentWeight += group.Weight;
            groups.Add(new GroupBreakdown(group.Kind, group.Weight, 0, sheets.Count, Round(score)));
            if (group.Kind == RaterGroupKind.Director) director = Round(score);

            foreach (var code in codes)
            {
                var given = sheets.Where(s => s.Scores.ContainsKey(code)).Select(s => s.Scores[code]).ToList();
                var ind = indicators[code];
                var mean = given.Count == 0 ? (decimal?)null : Round(given.Average());
                lines.Add(new IndicatorBreakdown(ind.Code, IndicatorKind.Rated, group.Kind, mean, ind.MaxScore,
                    mean is null ? 0 : Round(mean.Value / ind.MaxScore * ind.Weight)));
            }
        }

        var groupMissing = groups.Any(g => g.Sheets == 0);
        var rated = presentWeight == 0 ? 0 : weighted / presentWeight;
        groups = groups.Select(g => g.Sheets == 0 ? g : g with { EffectiveWeight = Round(g.Weight * 100 / presentWeight) }).ToList();

        decimal dataFed = 0, bonus = 0, deduction = 0, dataFedWeights = 0;
        foreach (var ind in indicators.Values.Where(i => i.Kind != IndicatorKind.Rated))
        {
            var value = input.WorkData.TryGetValue(ind.Code, out var v) ? v : 0;
            decimal points;
            switch (ind.Kind)
            {
                case IndicatorKind.DataFed:
                    dataFedWeights += ind.Weight;
                    points = ind.Weight * Math.Min(value / ind.Target!.Value, 1);
                    dataFed += points;
                    break;
                case IndicatorKind.Bonus:
                    points = Math.Min(value, ind.Cap!.Value);
                    bonus += points;
                    break;
                default:
                    points = Math.Min(value, ind.Cap!.Value);
                    deduction += points;
                    break;
            }
            lines.Add(new IndicatorBreakdown(ind.Code, ind.Kind, null, value, null, Round(points)));
        }

        var ratedShare = 100 - dataFedWeights;
        var total = Round(Math.Clamp(rated * ratedShare / 100 + dataFed + bonus - deduction, 0, 100));
        var breakdown = new ResultBreakdown
        {
            Groups = groups, Indicators = lines, RatedScore = Round(rated), RatedShare = ratedShare,
            DataFedPoints = Round(dataFed), BonusPoints = Round(bonus), DeductionPoints = Round(deduction),
        };
        return new ScoreComputation(total, GradeOf(template, total), director, groupMissing, breakdown);
    }

    /// <summary>The band holding the score: MinScore inclusive, MaxScore exclusive, 100 in the top band.</summary>
    public static Grade GradeOf(TemplateDefinition template, decimal total)
    {
        var ordered = template.GradeBands.OrderBy(b => b.MinScore).ToList();
        return (ordered.FirstOrDefault(b => total >= b.MinScore && total < b.MaxScore) ?? ordered[^1]).Grade;
    }

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal SheetScore(SheetScores sheet, List<string> codes, Dictionary<string, IndicatorDefinition> indicators)
    {
        decimal sum = 0, weights = 0;
        foreach (var code in codes)
        {
            if (!sheet.Scores.TryGetValue(code, out var score)) continue;
            var ind = indicators[code];
            sum += Math.Clamp(score, 0, ind.MaxScore) / ind.MaxScore * ind.Weight;
            weights += ind.Weight;
        }
        return weights == 0 ? 0 : sum / weights * 100;
    }
}
