namespace GridStaff.EvaluationCycles;

using GridStaff.Assessments;
using GridStaff.ScoreSheets;

/// <summary>A worker as the cycle enrols them: where they work when it opens.</summary>
public sealed record EnrolleeSnapshot(Guid WorkerId, Guid StreetId, Guid CommunityId, string Name, Guid PostId, IReadOnlyList<Guid> GridIds, DateOnly HireDate);

/// <summary>
/// Which sheets a cycle needs, pure: per worker one director sheet, one street-HR sheet, a self
/// sheet if the template has the group, and peer sheets from the same community. Peers go round a
/// ring (shuffled by the cycle id, so it is the same on every run): worker i is scored by the next k
/// of the ring, so nobody scores themselves and everybody scores exactly k colleagues
/// (k = peers per worker, at most community size − 1).
/// </summary>
public static class SheetPlanner
{
    public static List<ScoreSheet> Plan(Guid cycleId, TemplateDefinition template, IReadOnlyList<EnrolleeSnapshot> enrollees)
    {
        var sheets = new List<ScoreSheet>();
        var groups = template.RaterGroups.Select(g => g.Kind).ToHashSet();
        foreach (var w in enrollees)
        {
            foreach (var kind in new[] { RaterGroupKind.Director, RaterGroupKind.StreetHr })
                if (groups.Contains(kind)) sheets.Add(new ScoreSheet(Guid.CreateVersion7(), cycleId, w.StreetId, w.CommunityId, w.WorkerId, kind, null));
            if (groups.Contains(RaterGroupKind.Self))
                sheets.Add(new ScoreSheet(Guid.CreateVersion7(), cycleId, w.StreetId, w.CommunityId, w.WorkerId, RaterGroupKind.Self, w.WorkerId));
        }

        var peers = template.RaterGroups.FirstOrDefault(g => g.Kind == RaterGroupKind.Peers);
        if (peers is null) return sheets;
        foreach (var community in enrollees.GroupBy(e => e.CommunityId))
        {
            var ring = Shuffle(community.OrderBy(e => e.WorkerId).ToList(), cycleId);
            var k = Math.Min(peers.PeersPerWorker, ring.Count - 1);
            for (var i = 0; i < ring.Count; i++)
                for (var step = 1; step <= k; step++)
                {
                    var rater = ring[(i + step) % ring.Count];
                    sheets.Add(new ScoreSheet(Guid.CreateVersion7(), cycleId, ring[i].StreetId, ring[i].CommunityId, ring[i].WorkerId, RaterGroupKind.Peers, rater.WorkerId));
                }
        }
        return sheets;
    }

    private static List<EnrolleeSnapshot> Shuffle(List<EnrolleeSnapshot> list, Guid seed)
    {
        var random = new Random(BitConverter.ToInt32(seed.ToByteArray(), 0));
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
