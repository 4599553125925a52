namespace GridStaff.GridTaskItems;

public static class GridTaskItemConsts
{
    public const int MaxNameLength = 128;
    public const int MaxDepartmentLength = 64;
    public const int MaxDescriptionLength = 2000;
}
