namespace GridStaff.AssessmentResults;

/// <summary>
/// The compile job's set-based write path. A city-scale compile writes tens of thousands of derived
/// rows; tracking each as an entity (and auditing each with its breakdown) cost more than the whole
/// computation. Results are reproducible from the audited score sheets, so the writer records one
/// audit entry per compile instead of one per row. Human decisions — calibration, appeals — stay on the
/// tracked, audited path. Each call is its own transaction.
/// </summary>
public interface IAssessmentResultWriter
{
    /// <summary>
    /// Inserts <paramref name="created"/> and overwrites the computed columns (total, grades from bands,
    /// breakdown) of <paramref name="recomputed"/>; their quota grades, ranks and calibration are left alone.
    /// </summary>
    Task WriteComputedAsync(IReadOnlyList<AssessmentResult> created, IReadOnlyList<AssessmentResult> recomputed, CancellationToken ct = default);

    /// <summary>
    /// Writes each worker's quota grade and ranks; a calibrated grade that now equals the quota grade is
    /// dropped, as <see cref="AssessmentResult.ApplyQuota"/> does.
    /// </summary>
    Task WriteOutcomesAsync(Guid cycleId, IReadOnlyList<QuotaOutcome> outcomes, CancellationToken ct = default);

    /// <summary>One audit entry for a compile run of a cycle (what changed is in the results' inputs, which are audited).</summary>
    Task AuditCompileAsync(Guid cycleId, int created, int recomputed, CancellationToken ct = default);
}
