namespace GridStaff;

/// <summary>Business error codes. The client translates them; the message is the English fallback.</summary>
public static class GridStaffErrorCodes
{
    public const string DuplicateCode = "GridStaff:DuplicateCode";
    public const string HasChildren = "GridStaff:HasChildren";
    public const string ParentNotFound = "GridStaff:ParentNotFound";
    public const string MoveOutsideStreet = "GridStaff:MoveOutsideStreet";
    public const string TemporaryItemNeedsEndDate = "GridStaff:GridTaskItem:TemporaryNeedsEndDate";
    public const string InvalidNormRange = "GridStaff:StaffingNorm:InvalidRange";
    public const string NormAlreadyEffective = "GridStaff:StaffingNorm:AlreadyEffective";
    public const string NoStaffingNorm = "GridStaff:StaffingNorm:None";
}
