namespace GridStaff;

using GridStaff.Organizations;

/// <summary>Guards shared by the organisation entities; they throw ArgumentException naming the field.</summary>
internal static class Guard
{
    public static string Code(string code, string field = "code")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code, field);
        code = code.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code.Length, OrganizationConsts.MaxCodeLength, field);
        return code;
    }

    public static string Name(string name, string field = "name")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, field);
        name = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, OrganizationConsts.MaxNameLength, field);
        return name;
    }

    public static int Count(int value, int max, string field)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, field);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, field);
        return value;
    }
}
