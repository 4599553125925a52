namespace GridStaff.Organizations;

public enum GridKind
{
    /// <summary>综合网格: a residential grid, normally 300–500 households and one full-time worker.</summary>
    Comprehensive = 0,
    /// <summary>专属网格: parks, campuses, markets, office buildings; not held to household norms.</summary>
    Dedicated = 1,
}
