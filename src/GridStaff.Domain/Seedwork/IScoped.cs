namespace GridStaff;

/// <summary>Data that belongs to one street: street HR sees it only for their own street.</summary>
public interface IStreetScoped
{
    Guid StreetId { get; }
}

/// <summary>Data that belongs to one community: a director sees it only for their own community.</summary>
public interface ICommunityScoped : IStreetScoped
{
    Guid CommunityId { get; }
}
