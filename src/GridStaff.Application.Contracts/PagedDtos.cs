namespace GridStaff;

using System.ComponentModel.DataAnnotations;

public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, long TotalCount);

/// <summary>Paging and sorting for list endpoints. Sorting is "field" or "field desc".</summary>
public class PagedAndSortedResultRequestDto
{
    public const int MaxMaxResultCount = 1000;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxMaxResultCount)]
    public int MaxResultCount { get; set; } = 20;

    [StringLength(64)]
    public string? Sorting { get; set; }
}
