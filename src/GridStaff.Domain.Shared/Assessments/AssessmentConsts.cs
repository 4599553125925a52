namespace GridStaff.Assessments;

public static class AssessmentConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxGuideLength = 1000;
    public const int MaxReasonLength = 1000;
    public const int MaxCommentLength = 1000;
    public const int MaxLabelLength = 32;

    /// <summary>DOMAIN.md §6: above this many indicators a template only warns (scoring burden).</summary>
    public const int IndicatorWarningThreshold = 15;

    public const int MaxIndicators = 60;
    public const int MaxPeersPerWorker = 10;
}

/// <summary>Business error codes of the assessment feature.</summary>
public static class AssessmentErrorCodes
{
    public const string InvalidTemplate = "GridStaff:AssessmentTemplate:Invalid";
    public const string IllegalTransition = "GridStaff:EvaluationCycle:IllegalTransition";
    public const string InvalidSchedule = "GridStaff:EvaluationCycle:InvalidSchedule";
    public const string TemplateOfAnotherStreet = "GridStaff:EvaluationCycle:TemplateOfAnotherStreet";
    public const string AppealWindowNotOver = "GridStaff:EvaluationCycle:AppealWindowNotOver";
    public const string InvalidWorkData = "GridStaff:WorkData:Invalid";
    public const string ScoringClosed = "GridStaff:ScoreSheet:ScoringClosed";
    public const string SheetSubmitted = "GridStaff:ScoreSheet:AlreadySubmitted";
    public const string ScoreOutOfRange = "GridStaff:ScoreSheet:ScoreOutOfRange";
    public const string UnknownIndicator = "GridStaff:ScoreSheet:UnknownIndicator";
    public const string SheetIncomplete = "GridStaff:ScoreSheet:Incomplete";
    public const string QuotaExceeded = "GridStaff:Calibration:QuotaExceeded";
    public const string NotCalibratable = "GridStaff:Calibration:NotAllowed";
    public const string AppealWindowClosed = "GridStaff:Appeal:WindowClosed";
    public const string IllegalAppealTransition = "GridStaff:Appeal:IllegalTransition";
    public const string AppealExists = "GridStaff:Appeal:AlreadyFiled";
    /// <summary>Same code as a DbUpdateConcurrencyException: the client loaded an older version.</summary>
    public const string StaleVersion = "GridStaff:ConcurrencyConflict";
}
