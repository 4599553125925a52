namespace GridStaff.Organizations;

/// <summary>Categories of the task admission list (网格服务事项清单).</summary>
public enum GridTaskCategory
{
    InformationCollection = 0,
    SafetyInspection = 1,
    ConflictMediation = 2,
    PublicService = 3,
    PartyBuilding = 4,
    Other = 9,
}
