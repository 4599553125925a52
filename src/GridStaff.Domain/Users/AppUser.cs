namespace GridStaff.Users;

using Microsoft.AspNetCore.Identity;

/// <summary>An ASP.NET Core Identity user with the data scope that limits what they see.</summary>
public class AppUser : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 64;

    public string DisplayName { get; private set; } = "";
    public Guid? StreetId { get; private set; }
    public Guid? CommunityId { get; private set; }
    public Guid? WorkerId { get; private set; }

    private AppUser() { }

    public AppUser(Guid id, string userName, string displayName) : base(userName)
    {
        Id = id;
        Rename(displayName);
    }

    public void Rename(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(displayName.Length, MaxDisplayNameLength, nameof(displayName));
        DisplayName = displayName;
    }

    /// <summary>Street HR: the whole street.</summary>
    public void ScopeToStreet(Guid streetId) => (StreetId, CommunityId, WorkerId) = (streetId, null, null);

    /// <summary>Community director: one community.</summary>
    public void ScopeToCommunity(Guid streetId, Guid communityId) => (StreetId, CommunityId, WorkerId) = (streetId, communityId, null);

    /// <summary>Worker: their own record, inside their community.</summary>
    public void ScopeToWorker(Guid streetId, Guid communityId, Guid workerId) => (StreetId, CommunityId, WorkerId) = (streetId, communityId, workerId);

    public void ClearScope() => (StreetId, CommunityId, WorkerId) = (null, null, null);
}

public class AppRole : IdentityRole<Guid>
{
    private AppRole() { }

    public AppRole(Guid id, string name) : base(name) => Id = id;
}
