namespace GridStaff.Organizations;

internal static class OrganizationErrors
{
    /// <summary>The parent named in the input does not exist or is outside the caller's scope.</summary>
    public static BusinessException ParentNotFound(string field, string what) =>
        new(GridStaffErrorCodes.ParentNotFound, $"The {what} given in '{field}' does not exist or is outside your scope.") { Field = field };
}
