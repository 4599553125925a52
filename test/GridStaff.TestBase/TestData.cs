namespace GridStaff;

using GridStaff.Identity;
using GridStaff.Users;

/// <summary>
/// A small, fixed organisation every integration test starts from: two streets, three communities,
/// a few grids whose households sit inside, below and above the default norms (300–500).
/// </summary>
public static class TestData
{
    private static Guid Id(int kind, int n) => new($"00000000-0000-0000-{kind:0000}-{n:000000000000}");

    public static readonly Guid DistrictId = Id(1, 1);

    public static readonly Guid NorthStreetId = Id(2, 1);
    public static readonly Guid SouthStreetId = Id(2, 2);

    public static readonly Guid NorthACommunityId = Id(3, 1);
    public static readonly Guid NorthBCommunityId = Id(3, 2);
    public static readonly Guid SouthACommunityId = Id(3, 3);

    /// <summary>NorthA: 400 households (within norms), 250 (too few), 600 (too many).</summary>
    public static readonly Guid GridA1Id = Id(4, 1);
    public static readonly Guid GridA2Id = Id(4, 2);
    public static readonly Guid GridA3Id = Id(4, 3);
    public static readonly Guid GridB1Id = Id(4, 4);
    public static readonly Guid GridS1Id = Id(4, 5);

    /// <summary>Inside GridA1: 60 households (within 50–80) and 90 (too many).</summary>
    public static readonly Guid MicroGridA1aId = Id(5, 1);
    public static readonly Guid MicroGridA1bId = Id(5, 2);

    /// <summary>Workers on grids A1 (NorthA), B1 (NorthB) and S1 (SouthA), each with a contract and a history.</summary>
    public static readonly Guid WorkerA1Id = Id(6, 1);
    public static readonly Guid WorkerB1Id = Id(6, 2);
    public static readonly Guid WorkerS1Id = Id(6, 3);

    /// <summary>Clear personal values of the seeded workers, so tests can prove they never leak.</summary>
    public static readonly string WorkerA1IdNumber = IdNumber("11010119900101123");
    public static readonly string WorkerB1IdNumber = IdNumber("37010219920615124");
    public static readonly string WorkerS1IdNumber = IdNumber("37010219851120301");
    public const string WorkerA1Phone = "13812345678";
    public const string WorkerB1Phone = "13987654321";

    /// <summary>A valid GB 11643 number from its first 17 digits.</summary>
    public static string IdNumber(string first17) => first17 + GridStaff.Workers.ResidentIdNumber.CheckCharacter(first17);

    public static readonly TestUser Admin = new(Id(9, 1), "admin", GridStaffRoles.Admin, DataScope.Unrestricted);
    public static readonly TestUser NorthHr = new(Id(9, 2), "hr.north", GridStaffRoles.StreetHr, DataScope.Street(NorthStreetId));
    public static readonly TestUser SouthHr = new(Id(9, 3), "hr.south", GridStaffRoles.StreetHr, DataScope.Street(SouthStreetId));
    public static readonly TestUser NorthADirector = new(Id(9, 4), "director.northa", GridStaffRoles.CommunityDirector, DataScope.Community(NorthStreetId, NorthACommunityId));
    public static readonly TestUser NorthBDirector = new(Id(9, 5), "director.northb", GridStaffRoles.CommunityDirector, DataScope.Community(NorthStreetId, NorthBCommunityId));
    public static readonly TestUser SouthADirector = new(Id(9, 6), "director.southa", GridStaffRoles.CommunityDirector, DataScope.Community(SouthStreetId, SouthACommunityId));

    public static readonly TestUser NorthAWorker = new(Id(9, 7), "worker.northa", GridStaffRoles.Worker, DataScope.Worker(NorthStreetId, NorthACommunityId, WorkerA1Id));

    public static readonly IReadOnlyList<TestUser> Users = [Admin, NorthHr, SouthHr, NorthADirector, NorthBDirector, SouthADirector, NorthAWorker];

    public const string Password = "Test@12345";
}
