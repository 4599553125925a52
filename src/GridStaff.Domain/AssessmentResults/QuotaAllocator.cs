namespace GridStaff.AssessmentResults;

using GridStaff.Assessments;

public sealed record QuotaCandidate(Guid WorkerId, Guid CommunityId, decimal Total, Grade ComputedGrade, decimal? DirectorScore, DateOnly? HireDate);

/// <summary>The grade after the quota, whether the quota took "excellent" away, whether HR must break a tie, and the ranks.</summary>
public sealed record QuotaOutcome(Guid WorkerId, Grade Grade, bool Downgraded, bool TieForHr, int RankInCommunity, int RankInStreet, string PoolKey);

/// <summary>
/// The excellent quota (DOMAIN.md §5), pure. Quota = assessed × cap %, rounded by the template's
/// rule (down by default, so the cap is never exceeded), per street or per community; communities
/// with fewer assessed workers than the pooling threshold pool into one street pool. Excellent
/// candidates are ordered by total, then the director group's score, then the earlier hire date;
/// those beyond the quota fall to the next grade. When the last admitted and the first refused
/// cannot be told apart by these rules, both are flagged for HR to decide in calibration.
/// </summary>
public static class QuotaAllocator
{
    public const string StreetPool = "street";

    public static IReadOnlyList<QuotaOutcome> Apply(TemplateDefinition template, IReadOnlyList<QuotaCandidate> candidates)
    {
        var settings = template.Quota;
        var downgradeTo = NextBelowExcellent(template);
        var pools = PoolKeys(settings, candidates);
        var downgraded = new HashSet<Guid>();
        var ties = new HashSet<Guid>();

        foreach (var pool in candidates.GroupBy(c => pools[c.WorkerId]))
        {
            var quota = QuotaFor(settings, pool.Count());
            var excellent = pool.Where(c => c.ComputedGrade == Grade.Excellent).OrderBy(c => c, Precedence).ThenBy(c => c.WorkerId).ToList();
            if (excellent.Count <= quota) continue;
            foreach (var refused in excellent.Skip(quota)) downgraded.Add(refused.WorkerId);
            if (quota > 0 && Precedence.Compare(excellent[quota - 1], excellent[quota]) == 0)
            {
                // Everyone tied with the boundary pair is in the tie, admitted or not.
                foreach (var c in excellent.Where(c => Precedence.Compare(c, excellent[quota]) == 0)) ties.Add(c.WorkerId);
            }
        }

        var streetRanks = Ranks(candidates);
        var communityRanks = candidates.GroupBy(c => c.CommunityId).SelectMany(g => Ranks(g.ToList())).ToDictionary();
        return candidates.Select(c => new QuotaOutcome(c.WorkerId,
            downgraded.Contains(c.WorkerId) ? downgradeTo : c.ComputedGrade,
            downgraded.Contains(c.WorkerId), ties.Contains(c.WorkerId),
            communityRanks[c.WorkerId], streetRanks[c.WorkerId], pools[c.WorkerId])).ToList();
    }

    /// <summary>The pool each worker's excellent grade counts against.</summary>
    public static Dictionary<Guid, string> PoolKeys(QuotaSettings settings, IReadOnlyCollection<QuotaCandidate> candidates)
    {
        if (settings.Scope == QuotaScope.Street) return candidates.ToDictionary(c => c.WorkerId, _ => StreetPool);
        var sizes = candidates.GroupBy(c => c.CommunityId).ToDictionary(g => g.Key, g => g.Count());
        return candidates.ToDictionary(c => c.WorkerId,
            c => sizes[c.CommunityId] < settings.PoolingThreshold ? StreetPool : c.CommunityId.ToString());
    }

    /// <summary>How many of <paramref name="assessed"/> may be excellent.</summary>
    public static int QuotaFor(QuotaSettings settings, int assessed)
    {
        var exact = assessed * settings.CapPercent / 100;
        return (int)(settings.Rounding switch
        {
            QuotaRounding.Up => Math.Ceiling(exact),
            QuotaRounding.Nearest => Math.Round(exact, MidpointRounding.AwayFromZero),
            _ => Math.Floor(exact),
        });
    }

    public static Grade NextBelowExcellent(TemplateDefinition template)
    {
        var ordered = template.GradeBands.OrderByDescending(b => b.MinScore).ToList();
        return ordered.Count > 1 ? ordered[1].Grade : Grade.Qualified;
    }

    /// <summary>Higher total first, then higher director-group score, then earlier hire date; unknowns last.</summary>
    private static readonly Comparer<QuotaCandidate> Precedence = Comparer<QuotaCandidate>.Create((a, b) =>
    {
        var byTotal = b.Total.CompareTo(a.Total);
        if (byTotal != 0) return byTotal;
        var byDirector = (b.DirectorScore ?? -1).CompareTo(a.DirectorScore ?? -1);
        if (byDirector != 0) return byDirector;
        return (a.HireDate ?? DateOnly.MaxValue).CompareTo(b.HireDate ?? DateOnly.MaxValue);
    });

    /// <summary>Competition ranking by total: 1, 2, 2, 4.</summary>
    private static Dictionary<Guid, int> Ranks(IReadOnlyList<QuotaCandidate> group)
    {
        var ordered = group.OrderByDescending(c => c.Total).ToList();
        var ranks = new Dictionary<Guid, int>();
        for (var k = 0; k < ordered.Count; k++)
        {
            ranks[ordered[k].WorkerId] = k > 0 && ordered[k].Total == ordered[k - 1].Total ? ranks[ordered[k - 1].WorkerId] : k + 1;
        }
        return ranks;
    }
}
