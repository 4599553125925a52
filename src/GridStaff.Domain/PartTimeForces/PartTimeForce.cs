namespace GridStaff.PartTimeForces;

using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Workers;
using Microsoft.AspNetCore.Identity;

/// <summary>
/// A resident serving a grid part-time (兼职网格力量): building leader, resident group leader,
/// volunteer, property steward, Party member or grid instructor. Contact is protected like a worker's.
/// </summary>
public class PartTimeForce : AuditedAggregateRoot, ISoftDelete, ICommunityScoped
{
    public Guid StreetId { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid GridId { get; private set; }
    public Guid? MicroGridId { get; private set; }
    public string Name { get; private set; } = null!;
    public PartTimeForceRole Role { get; private set; }
    [PersonalData] public string? PhoneCipher { get; private set; }
    public string? PhoneHash { get; private set; }
    public string? PhoneMasked { get; private set; }
    public DateOnly ActiveFrom { get; private set; }
    public DateOnly? ActiveTo { get; private set; }

    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }

    private PartTimeForce() { }

    public PartTimeForce(Guid id, Grid grid, MicroGrid? microGrid, string name, PartTimeForceRole role, ProtectedValue? phone, DateOnly activeFrom) : base(id)
    {
        AssignTo(grid, microGrid);
        Rename(name);
        Role = role;
        ChangePhone(phone);
        SetPeriod(activeFrom, null);
    }

    public PartTimeForce Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, "name");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, WorkerConsts.MaxNameLength, "name");
        Name = name.Trim();
        return this;
    }

    public PartTimeForce ChangeRole(PartTimeForceRole role) { Role = role; return this; }

    public PartTimeForce ChangePhone(ProtectedValue? phone)
    {
        (PhoneCipher, PhoneHash, PhoneMasked) = (phone?.Cipher, phone?.Hash, phone?.Masked);
        return this;
    }

    public PartTimeForce SetPeriod(DateOnly activeFrom, DateOnly? activeTo)
    {
        if (activeTo is { } to && to < activeFrom)
            throw new BusinessException(PartTimeForceErrorCodes.InvalidPeriod, "The active period cannot end before it starts.") { Field = "activeTo" };
        (ActiveFrom, ActiveTo) = (activeFrom, activeTo);
        return this;
    }

    /// <summary>A grid of the same community, and optionally one of its micro-grids.</summary>
    public PartTimeForce AssignTo(Grid grid, MicroGrid? microGrid)
    {
        if (StreetId != Guid.Empty && grid.StreetId != StreetId)
            throw new BusinessException(WorkerErrorCodes.TransferOutsideStreet, "A part-time force stays within its street.") { Field = "gridId" };
        if (microGrid is not null && microGrid.GridId != grid.Id)
            throw new BusinessException(PartTimeForceErrorCodes.MicroGridNotInGrid, "The micro-grid must lie in the grid.") { Field = "microGridId" };
        (StreetId, CommunityId, GridId, MicroGridId) = (grid.StreetId, grid.CommunityId, grid.Id, microGrid?.Id);
        return this;
    }

    public bool IsActiveOn(DateOnly date) => ActiveFrom <= date && (ActiveTo is null || ActiveTo >= date);
}

public static class PartTimeForceErrorCodes
{
    public const string InvalidPeriod = "GridStaff:PartTimeForce:InvalidPeriod";
    public const string MicroGridNotInGrid = "GridStaff:PartTimeForce:MicroGridNotInGrid";
}

public interface IPartTimeForceRepository : IRepository<PartTimeForce>
{
    Task<PagedList<PartTimeForce>> GetListAsync(PartTimeForceQuery query, CancellationToken ct = default);
}

public sealed record PartTimeForceQuery(
    Guid? CommunityId = null, Guid? GridId = null, Guid? MicroGridId = null, PartTimeForceRole? Role = null,
    DateOnly? ActiveOn = null, string? Filter = null) : PageRequest;
