namespace GridStaff;

/// <summary>A broken business rule. The HTTP layer answers 422 with the code (409 when <see cref="IsConflict"/>).</summary>
public class BusinessException : Exception
{
    public string Code { get; }

    /// <summary>The input field the rule is about, when there is one (e.g. "code").</summary>
    public string? Field { get; init; }

    /// <summary>True when the rule is about a clash with stored data (duplicate, concurrent change).</summary>
    public bool IsConflict { get; init; }

    public BusinessException(string code, string message) : base(message) => Code = code;
}
