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
    // A compile calls Compute once per worker with the same template: what it needs of the template is resolved once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TemplateDefinition, Plan> Plans = new();

    public static ScoreComputation Compute(TemplateDefinition template, WorkerScoreInput input)
    {
        var plan = PlanOf(template);
        var groups = new List<GroupBreakdown>(plan.Groups.Length);
        var lines = new List<IndicatorBreakdown>(plan.RatedLines + plan.Unrated.Length);
        decimal weighted = 0, presentWeight = 0;
        decimal? director = null;

        foreach (var (group, codes) in plan.Groups)
        {
            // A worker has a handful of sheets: a scan per group beats grouping them.
            decimal sum = 0;
            var count = 0;
            foreach (var sheet in input.Sheets)
            {
                if (sheet.Group != group.Kind) continue;
                sum += SheetScore(sheet, codes);
                count++;
            }
            if (count == 0)
            {
                groups.Add(new GroupBreakdown(group.Kind, group.Weight, 0, 0, null));
                continue;
            }

            var score = sum / count;
            weighted += group.Weight * score;
            presentWeight += group.Weight;
            groups.Add(new GroupBreakdown(group.Kind, group.Weight, 0, count, Round(score)));
            if (group.Kind == RaterGroupKind.Director) director = Round(score);

            foreach (var (code, ind) in codes)
            {
                decimal given = 0;
                var givenCount = 0;
                foreach (var sheet in input.Sheets)
                {
                    if (sheet.Group != group.Kind || !sheet.Scores.TryGetValue(code, out var value)) continue;
                    given += value;
                    givenCount++;
                }
                decimal? mean = givenCount == 0 ? null : Round(given / givenCount);
                lines.Add(new IndicatorBreakdown(ind.Code, IndicatorKind.Rated, group.Kind, mean, ind.MaxScore,
                    mean is null ? 0 : Round(mean.Value / ind.MaxScore * ind.Weight)));
            }
        }

        var groupMissing = false;
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Sheets == 0) groupMissing = true;
            else groups[i] = groups[i] with { EffectiveWeight = Round(groups[i].Weight * 100 / presentWeight) };
        }
        var rated = presentWeight == 0 ? 0 : weighted / presentWeight;

        decimal dataFed = 0, bonus = 0, deduction = 0;
        foreach (var ind in plan.Unrated)
        {
            var value = input.WorkData.TryGetValue(ind.Code, out var v) ? v : 0;
            decimal points;
            switch (ind.Kind)
            {
                case IndicatorKind.DataFed:
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

        var ratedShare = 100 - plan.DataFedWeights;
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
        var bands = PlanOf(template).BandsByMinScore;
        foreach (var band in bands)
            if (total >= band.MinScore && total < band.MaxScore) return band.Grade;
        return bands[^1].Grade;
    }

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal SheetScore(SheetScores sheet, (string Code, IndicatorDefinition Indicator)[] codes)
    {
        decimal sum = 0, weights = 0;
        foreach (var (code, ind) in codes)
        {
            if (!sheet.Scores.TryGetValue(code, out var score)) continue;
            sum += Math.Clamp(score, 0, ind.MaxScore) / ind.MaxScore * ind.Weight;
            weights += ind.Weight;
        }
        return weights == 0 ? 0 : sum / weights * 100;
    }

    private static Plan PlanOf(TemplateDefinition template) => Plans.GetValue(template, t =>
    {
        var indicators = t.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var groups = t.RaterGroups
            .Select(g => (g, g.IndicatorCodes.Where(indicators.ContainsKey).Select(c => (c, indicators[c])).ToArray()))
            .ToArray();
        var unrated = t.Indicators.Where(i => i.Kind != IndicatorKind.Rated).ToArray();
        return new Plan(groups, groups.Sum(g => g.Item2.Length), unrated,
            unrated.Where(i => i.Kind == IndicatorKind.DataFed).Sum(i => i.Weight), [.. t.GradeBands.OrderBy(b => b.MinScore)]);
    });

    /// <summary>A template resolved for computing: each rater group with the indicators it scores (by the group's code).</summary>
    private sealed record Plan(
        (RaterGroupDefinition Group, (string Code, IndicatorDefinition Indicator)[] Codes)[] Groups, int RatedLines,
        IndicatorDefinition[] Unrated, decimal DataFedWeights, GradeBandDefinition[] BandsByMinScore);
}
