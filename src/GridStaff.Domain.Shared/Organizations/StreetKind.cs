namespace GridStaff.Organizations;

public enum StreetKind
{
    /// <summary>街道</summary>
    Street = 0,
    /// <summary>乡镇</summary>
    Township = 1,
}
