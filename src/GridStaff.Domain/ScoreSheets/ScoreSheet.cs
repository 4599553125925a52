namespace GridStaff.ScoreSheets;

using GridStaff.Assessments;

public enum ScoreSheetStatus { Draft = 1, Submitted = 2, Superseded = 3 }

/// <summary>
/// One rater's scores for one worker in one cycle. Director and street-HR sheets are assigned to the
/// role in the worker's community/street (whoever fills it is recorded); peer and self sheets to a
/// worker. The concurrency stamp changes on every save, so of two concurrent saves the second fails (409).
/// </summary>
public class ScoreSheet : AuditedAggregateRoot, ICommunityScoped
{
    private readonly List<IndicatorScore> _scores = [];

    public Guid CycleId { get; private set; }
    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    /// <summary>The worker being scored.</summary>
    public Guid WorkerId { get; private set; }
    public RaterGroupKind Group { get; private set; }
    /// <summary>Peers and self: the worker who scores.</summary>
    public Guid? RaterWorkerId { get; private set; }
    public ScoreSheetStatus Status { get; private set; }
    public int Version { get; private set; } = 1;
    public DateTime? SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    /// <summary>An appeal's re-score is a new version by a named reviewer, with the reason.</summary>
    public string? RescoreReason { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public IReadOnlyCollection<IndicatorScore> Scores => _scores;

    private ScoreSheet() { }

    public ScoreSheet(Guid id, Guid cycleId, Guid streetId, Guid communityId, Guid workerId, RaterGroupKind group, Guid? raterWorkerId) : base(id)
    {
        if (group is RaterGroupKind.Peers or RaterGroupKind.Self && raterWorkerId is null)
            throw new ArgumentException("Peer and self sheets name the rating worker.", nameof(raterWorkerId));
        if (group == RaterGroupKind.Peers && raterWorkerId == workerId)
            throw new ArgumentException("Nobody rates themselves as a peer.", nameof(raterWorkerId));
        (CycleId, StreetId, CommunityId, WorkerId, Group, RaterWorkerId) = (cycleId, streetId, communityId, workerId, group, raterWorkerId);
        Status = ScoreSheetStatus.Draft;
    }

    /// <summary>
    /// Saves scores (a draft). Each score is 0..max of an indicator this group scores. The deadline is the
    /// cycle's: <paramref name="scoringOpen"/> false refuses any write, whatever the client does.
    /// </summary>
    public void Save(IReadOnlyList<(string Code, decimal Score, string? Comment)> scores, TemplateDefinition template, bool scoringOpen)
    {
        EnsureWritable(scoringOpen);
        SetScores(scores, template);
        ConcurrencyStamp = Guid.NewGuid();
    }

    public void Submit(TemplateDefinition template, bool scoringOpen, Guid? submittedBy, DateTime utcNow)
    {
        EnsureWritable(scoringOpen);
        var missing = CodesOf(template).FirstOrDefault(c => !_scores.Any(s => s.IndicatorCode == c));
        if (missing is not null)
            throw new BusinessException(AssessmentErrorCodes.SheetIncomplete, $"Indicator '{missing}' has no score yet.") { Field = "scores" };
        Status = ScoreSheetStatus.Submitted;
        SubmittedAt = utcNow;
        SubmittedBy = submittedBy;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>An appeal's re-score: this sheet is kept but no longer counts; the returned version does.</summary>
    public ScoreSheet Rescore(IReadOnlyList<(string Code, decimal Score, string? Comment)> scores, TemplateDefinition template,
        Guid reviewerId, string reason, DateTime utcNow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, nameof(reason));
        if (Status != ScoreSheetStatus.Submitted) throw new BusinessException(AssessmentErrorCodes.IllegalAppealTransition, "Only a submitted sheet can be re-scored.");
        var next = new ScoreSheet(Guid.CreateVersion7(), CycleId, StreetId, CommunityId, WorkerId, Group, RaterWorkerId) { Version = Version + 1 };
        next._scores.AddRange(_scores.Select(s => new IndicatorScore(s.IndicatorCode, s.Score, s.Comment)));
        next.SetScores(scores, template);
        next.Status = ScoreSheetStatus.Submitted;
        next.SubmittedAt = utcNow;
        next.SubmittedBy = reviewerId;
        next.RescoreReason = reason.Trim();
        Status = ScoreSheetStatus.Superseded;
        ConcurrencyStamp = Guid.NewGuid();
        return next;
    }

    public IReadOnlyList<string> CodesOf(TemplateDefinition template) =>
        template.RaterGroups.FirstOrDefault(g => g.Kind == Group)?.IndicatorCodes ?? [];

    private void EnsureWritable(bool scoringOpen)
    {
        if (!scoringOpen)
            throw new BusinessException(AssessmentErrorCodes.ScoringClosed, "Scoring for this cycle is closed; the sheet can no longer be changed.") { IsConflict = true };
        if (Status != ScoreSheetStatus.Draft)
            throw new BusinessException(AssessmentErrorCodes.SheetSubmitted, "The sheet was submitted and can no longer be changed.") { IsConflict = true };
    }

    private void SetScores(IReadOnlyList<(string Code, decimal Score, string? Comment)> scores, TemplateDefinition template)
    {
        var codes = CodesOf(template);
        var indicators = template.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, score, comment) in scores)
        {
            var known = codes.FirstOrDefault(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
            if (known is null)
                throw new BusinessException(AssessmentErrorCodes.UnknownIndicator, $"This sheet does not score indicator '{code}'.") { Field = "scores" };
            var max = indicators[known].MaxScore;
            if (score < 0 || score > max)
                throw new BusinessException(AssessmentErrorCodes.ScoreOutOfRange, $"The score of '{known}' must be between 0 and {max}.") { Field = "scores" };
            if (comment?.Length > AssessmentConsts.MaxCommentLength) throw new ArgumentOutOfRangeException("comment", "A comment is at most 1000 characters.");
            _scores.RemoveAll(s => s.IndicatorCode == known);
            _scores.Add(new IndicatorScore(known, score, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()));
        }
    }
}

/// <summary>A score for one indicator, with the rater's comment.</summary>
public sealed record IndicatorScore(string IndicatorCode, decimal Score, string? Comment);

/// <summary>A submitted sheet's scores, as the compile job reads them (no tracking, no comments).</summary>
public sealed record SubmittedScore(Guid WorkerId, Guid SheetId, RaterGroupKind Group, string IndicatorCode, decimal Score);

/// <summary>A submitted sheet as the batched compile reads it: the rated worker's enrolment ordinal and the scores by indicator code.</summary>
public sealed record SubmittedSheet(int Ordinal, GridStaff.AssessmentResults.SheetScores Scores);

public interface IScoreSheetRepository : IRepository<ScoreSheet>
{
    Task<bool> AnyAsync(Guid cycleId, CancellationToken ct = default);
    Task InsertManyAsync(IEnumerable<ScoreSheet> sheets, CancellationToken ct = default);

    /// <summary>Sheets the caller rates: a worker's peer/self sheets, a director's director sheets, HR's street-HR sheets.</summary>
    Task<PagedList<ScoreSheet>> GetListAsync(ScoreSheetQuery query, CancellationToken ct = default);

    /// <summary>The scores of submitted sheets of these workers (superseded versions excluded).</summary>
    Task<IReadOnlyList<SubmittedScore>> GetSubmittedScoresAsync(Guid cycleId, IReadOnlyCollection<Guid> workerIds, CancellationToken ct = default);

    /// <summary>
    /// The submitted sheets of the workers enrolled with ordinals in (after, upTo], ordered by ordinal:
    /// the batched compile's hot read (a city reads 2.4 M scores through it).
    /// </summary>
    Task<IReadOnlyList<SubmittedSheet>> GetSubmittedSheetsAsync(Guid cycleId, int afterOrdinal, int upToOrdinal, CancellationToken ct = default);

    /// <summary>Open (draft) sheets of a cycle, for reminders.</summary>
    Task<IReadOnlyList<ScoreSheet>> GetUnsubmittedAsync(Guid cycleId, CancellationToken ct = default);

    /// <summary>Every sheet of a worker in a cycle (with scores), for the breakdown and appeals.</summary>
    Task<IReadOnlyList<ScoreSheet>> GetForWorkerAsync(Guid cycleId, Guid workerId, CancellationToken ct = default);

    /// <summary>Sheets and submitted sheets per community and rater group (current versions only), in the caller's scope.</summary>
    Task<IReadOnlyList<SheetProgress>> GetProgressAsync(Guid cycleId, CancellationToken ct = default);
}

public sealed record SheetProgress(Guid CommunityId, RaterGroupKind Group, int Total, int Submitted);

public sealed record ScoreSheetQuery(Guid? CycleId, RaterGroupKind? Group, Guid? RaterWorkerId, ScoreSheetStatus? Status = null) : PageRequest;
