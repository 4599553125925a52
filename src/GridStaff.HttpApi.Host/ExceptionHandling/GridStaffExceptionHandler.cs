namespace GridStaff.ExceptionHandling;

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Turns domain exceptions into ProblemDetails: a broken rule 422 (409 for conflicts) with its
/// code, not found or out of scope 404, a guard's ArgumentException 400 naming the field.
/// Anything else stays a 500 without details.
/// </summary>
public class GridStaffExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BusinessException e => Problem(e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity, e.Message, e.Code, e.Field),
            EntityNotFoundException e => Problem(StatusCodes.Status404NotFound, e.Message, "GridStaff:NotFound", null),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict,
                "Someone else changed this record since you loaded it; reload and try again.", "GridStaff:ConcurrencyConflict", null),
            UnauthorizedAccessException e => Problem(StatusCodes.Status403Forbidden, e.Message, "GridStaff:Forbidden", null),
            ArgumentException e => Problem(StatusCodes.Status400BadRequest, FirstLine(e.Message), "GridStaff:InvalidArgument", CamelCase(e.ParamName)),
            _ => null,
        };
        if (problem is null) return false;

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string code, string? field)
    {
        var problem = field is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [CamelCase(field)!] = [title] });
        problem.Status = status;
        problem.Title = title;
        problem.Type = code;
        problem.Extensions["code"] = code;
        return problem;
    }

    // ArgumentException appends " (Parameter 'x')"; the field already says which.
    private static string FirstLine(string message) => message.Split(" (Parameter", 2)[0];

    private static string? CamelCase(string? name) => string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
