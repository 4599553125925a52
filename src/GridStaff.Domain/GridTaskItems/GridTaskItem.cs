namespace GridStaff.GridTaskItems;

using GridStaff.Organizations;

/// <summary>
/// One entry of a street's task admission list (网格服务事项准入清单): only listed items may be
/// assigned to grid workers, and a temporary item must say when it ends.
/// </summary>
public class GridTaskItem : AuditedAggregateRoot, ISoftDelete, IStreetScoped
{
    public Guid StreetId { get; private set; }
    public string Name { get; private set; } = null!;
    public GridTaskCategory Category { get; private set; }
    public string SourceDepartment { get; private set; } = null!;
    public string? Description { get; private set; }
    public bool IsTemporary { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    private GridTaskItem() { }

    public GridTaskItem(Guid id, Guid streetId, string name, GridTaskCategory category, string sourceDepartment) : base(id)
    {
        StreetId = streetId;
        Update(name, category, sourceDepartment, null);
    }

    public GridTaskItem Update(string name, GridTaskCategory category, string sourceDepartment, string? description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, GridTaskItemConsts.MaxNameLength, nameof(name));
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceDepartment);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourceDepartment.Trim().Length, GridTaskItemConsts.MaxDepartmentLength, nameof(sourceDepartment));
        if (description is not null) ArgumentOutOfRangeException.ThrowIfGreaterThan(description.Length, GridTaskItemConsts.MaxDescriptionLength, nameof(description));
        Name = name.Trim();
        Category = category;
        SourceDepartment = sourceDepartment.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        return this;
    }

    /// <summary>A standing item has no end date; a temporary one must have one.</summary>
    public GridTaskItem SetDuration(bool isTemporary, DateOnly? endDate)
    {
        if (isTemporary && endDate is null)
            throw new BusinessException(GridStaffErrorCodes.TemporaryItemNeedsEndDate, "A temporary item needs an end date.") { Field = "endDate" };
        IsTemporary = isTemporary;
        EndDate = isTemporary ? endDate : null;
        return this;
    }

    public bool IsInForceOn(DateOnly date) => !IsTemporary || EndDate >= date;
}

public interface IGridTaskItemRepository : IRepository<GridTaskItem>
{
    Task<PagedList<GridTaskItem>> GetListAsync(GridTaskItemQuery query, CancellationToken ct = default);
}

/// <param name="InForceOn">Only items in force on that date (standing items, and temporary ones not yet ended).</param>
public sealed record GridTaskItemQuery(
    Guid? StreetId = null, GridTaskCategory? Category = null, string? Filter = null, DateOnly? InForceOn = null) : PageRequest;
