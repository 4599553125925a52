namespace GridStaff.EntityFrameworkCore;

public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under App_Data, no set-up.</summary>
    Sqlite,
    /// <summary>Production.</summary>
    SqlServer,
    /// <summary>The server database the test suite runs against for real.</summary>
    PostgreSql,
}
