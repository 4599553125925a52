namespace GridStaff.AssessmentTemplates;

using GridStaff.Assessments;

/// <summary>
/// One version of a street's assessment template. Versions are immutable: a change is a new
/// version (same code, version + 1), so a cycle that started on a version keeps exactly it.
/// </summary>
public class AssessmentTemplate : AuditedAggregateRoot, IStreetScoped
{
    public Guid StreetId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public int Version { get; private set; }
    public TemplateDefinition Definition { get; private set; } = null!;

    private AssessmentTemplate() { }

    /// <summary>Use <see cref="AssessmentTemplateManager"/>: it numbers the version.</summary>
    internal AssessmentTemplate(Guid id, Guid streetId, string code, string name, int version, TemplateDefinition definition) : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code, nameof(code));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code.Trim().Length, AssessmentConsts.MaxCodeLength, nameof(code));
        ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(name));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, AssessmentConsts.MaxNameLength, nameof(name));
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1, nameof(version));
        TemplateValidator.Validate(definition);
        StreetId = streetId;
        Code = code.Trim();
        Name = name.Trim();
        Version = version;
        Definition = definition;
    }

    public IReadOnlyList<string> Warnings => TemplateValidator.Warnings(Definition);
}

/// <summary>The rules a template version must keep (issue 4); errors throw, warnings are returned.</summary>
public static class TemplateValidator
{
    public static void Validate(TemplateDefinition d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var indicators = d.Indicators.ToList();
        if (indicators.Count == 0) throw Invalid("dimensions", "A template needs at least one indicator.");
        if (indicators.Count > AssessmentConsts.MaxIndicators) throw Invalid("dimensions", $"A template may have at most {AssessmentConsts.MaxIndicators} indicators.");

        var duplicate = indicators.GroupBy(i => i.Code.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw Invalid("dimensions", $"Indicator code '{duplicate.Key}' is used twice.");

        foreach (var i in indicators)
        {
            if (string.IsNullOrWhiteSpace(i.Code) || string.IsNullOrWhiteSpace(i.Name)) throw Invalid("dimensions", "Every indicator needs a code and a name.");
            if (i.Weight < 0) throw Invalid("dimensions", $"Indicator '{i.Code}' has a negative weight.");
            switch (i.Kind)
            {
                case IndicatorKind.Rated when i.MaxScore <= 0:
                    throw Invalid("dimensions", $"Rated indicator '{i.Code}' needs a maximum score above 0.");
                case IndicatorKind.DataFed when i.Target is not > 0:
                    throw Invalid("dimensions", $"Data-fed indicator '{i.Code}' needs a target above 0.");
                case IndicatorKind.Bonus or IndicatorKind.Deduction when i.Cap is not > 0:
                    throw Invalid("dimensions", $"Bonus/deduction indicator '{i.Code}' needs a cap above 0.");
            }
        }

        var rated = indicators.Where(i => i.Kind == IndicatorKind.Rated).ToList();
        if (rated.Count == 0) throw Invalid("dimensions", "A template needs at least one rated indicator.");
        if (rated.Sum(i => i.Weight) != 100) throw Invalid("dimensions", $"The rated indicators' weights sum to {rated.Sum(i => i.Weight)}, not 100.");
        var dataFed = indicators.Where(i => i.Kind == IndicatorKind.DataFed).Sum(i => i.Weight);
        if (dataFed >= 100) throw Invalid("dimensions", "Data-fed indicators must leave part of the 100 points to the raters.");

        if (d.RaterGroups.Count == 0) throw Invalid("raterGroups", "A template needs at least one rater group.");
        var twice = d.RaterGroups.GroupBy(g => g.Kind).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw Invalid("raterGroups", $"Rater group {twice.Key} is listed twice.");
        if (d.RaterGroups.Sum(g => g.Weight) != 100) throw Invalid("raterGroups", $"The rater groups' weights sum to {d.RaterGroups.Sum(g => g.Weight)}, not 100.");
        var ratedCodes = rated.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var g in d.RaterGroups)
        {
            if (g.Weight <= 0) throw Invalid("raterGroups", $"Rater group {g.Kind} needs a weight above 0.");
            if (g.IndicatorCodes.Count == 0) throw Invalid("raterGroups", $"Rater group {g.Kind} scores no indicator.");
            var unknown = g.IndicatorCodes.FirstOrDefault(c => !ratedCodes.Contains(c));
            if (unknown is not null) throw Invalid("raterGroups", $"Rater group {g.Kind} names '{unknown}', which is not a rated indicator.");
            if (g.Kind == RaterGroupKind.Peers && g.PeersPerWorker < 1) throw Invalid("raterGroups", "The peer group needs at least one peer per worker.");
        }

        ValidateBands(d.GradeBands);
        ValidateQuota(d.Quota);
    }

    public static IReadOnlyList<string> Warnings(TemplateDefinition d)
    {
        var count = d.Indicators.Count();
        return count > AssessmentConsts.IndicatorWarningThreshold
            ? [$"The template has {count} indicators; more than {AssessmentConsts.IndicatorWarningThreshold} makes scoring a burden (DOMAIN.md §6)."]
            : [];
    }

    private static void ValidateBands(List<GradeBandDefinition> bands)
    {
        if (bands.Count < 2) throw Invalid("gradeBands", "At least two grade bands are needed.");
        if (bands.Select(b => b.Grade).Distinct().Count() != bands.Count) throw Invalid("gradeBands", "Each grade may have one band only.");
        if (!bands.Any(b => b.Grade == Grade.Excellent)) throw Invalid("gradeBands", "The excellent grade needs a band.");
        var ordered = bands.OrderBy(b => b.MinScore).ToList();
        if (ordered[0].MinScore != 0) throw Invalid("gradeBands", "The lowest band must start at 0.");
        if (ordered[^1].MaxScore != 100) throw Invalid("gradeBands", "The highest band must end at 100.");
        for (var k = 0; k < ordered.Count; k++)
        {
            var b = ordered[k];
            if (string.IsNullOrWhiteSpace(b.Label)) throw Invalid("gradeBands", $"The band of {b.Grade} needs a label.");
            if (b.MaxScore <= b.MinScore) throw Invalid("gradeBands", $"The band of {b.Grade} is empty or reversed.");
            if (k > 0 && ordered[k - 1].MaxScore != b.MinScore)
                throw Invalid("gradeBands", ordered[k - 1].MaxScore < b.MinScore
                    ? $"Scores from {ordered[k - 1].MaxScore} to {b.MinScore} fall in no band (gap)."
                    : $"Bands overlap between {b.MinScore} and {ordered[k - 1].MaxScore}.");
            if (k > 0 && b.Grade > ordered[k - 1].Grade) throw Invalid("gradeBands", "A higher band must carry a better grade.");
        }
    }

    private static void ValidateQuota(QuotaSettings q)
    {
        if (q.CapPercent is < 0 or > 100) throw Invalid("quota", "The cap must be between 0 and 100 %.");
        if (q.TargetPercent < 0 || q.TargetPercent > q.CapPercent) throw Invalid("quota", "The target must be between 0 and the cap.");
        if (q.PoolingThreshold < 0) throw Invalid("quota", "The pooling threshold cannot be negative.");
    }

    private static BusinessException Invalid(string field, string message) =>
        new(AssessmentErrorCodes.InvalidTemplate, message) { Field = "definition." + field };
}

public interface IAssessmentTemplateRepository : IRepository<AssessmentTemplate>
{
    Task<PagedList<AssessmentTemplate>> GetListAsync(AssessmentTemplateQuery query, CancellationToken ct = default);

    /// <summary>The highest version of a street's template code, 0 when there is none (looks past the data scope).</summary>
    Task<int> GetLatestVersionAsync(Guid streetId, string code, CancellationToken ct = default);
}

public sealed record AssessmentTemplateQuery(Guid? StreetId = null, string? Code = null, bool LatestOnly = false) : PageRequest;

public class AssessmentTemplateManager(IAssessmentTemplateRepository templates)
{
    /// <summary>A new version of the street's template <paramref name="code"/> (version 1 if it is new).</summary>
    public async Task<AssessmentTemplate> CreateVersionAsync(Guid streetId, string code, string name, TemplateDefinition definition, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code, nameof(code));
        var latest = await templates.GetLatestVersionAsync(streetId, code.Trim(), ct);
        return new AssessmentTemplate(Guid.CreateVersion7(), streetId, code, name, latest + 1, definition);
    }
}
