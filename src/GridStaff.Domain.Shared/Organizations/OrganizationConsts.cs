namespace GridStaff.Organizations;

/// <summary>Field limits shared by the entities, the DTO validation and the database columns.</summary>
public static class OrganizationConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;
    public const int MaxBoundaryLength = 1_000_000;
    public const int MaxBuildingUnitLength = 64;
    public const int MaxBuildingUnits = 200;
    public const int MaxHouseholds = 100_000;
    public const int MaxPopulation = 1_000_000;
    public const double MaxAreaKm2 = 10_000;
    public const double MinDifficultyFactor = 0.1;
    public const double MaxDifficultyFactor = 10;
}
