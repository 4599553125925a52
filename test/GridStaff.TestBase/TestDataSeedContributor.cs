namespace GridStaff;

using GridStaff.Communities;
using GridStaff.Data;
using GridStaff.Districts;
using GridStaff.EntityFrameworkCore;
using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Organizations;
using GridStaff.Streets;
using GridStaff.Users;
using GridStaff.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

/// <summary>Writes <see cref="TestData"/> with its fixed ids, after the roles exist.</summary>
public class TestDataSeedContributor(GridStaffDbContext db, UserManager<AppUser> users, IPersonalDataCipher protector) : IDataSeedContributor
{
    public int Order => 150;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        var district = new District(TestData.DistrictId, "TD", "Test District");
        var north = new Street(TestData.NorthStreetId, district.Id, "N", "North Street", StreetKind.Street);
        var south = new Street(TestData.SouthStreetId, district.Id, "S", "South Township", StreetKind.Township);
        var northA = new Community(TestData.NorthACommunityId, north.Id, "NA", "North A");
        var northB = new Community(TestData.NorthBCommunityId, north.Id, "NB", "North B");
        var southA = new Community(TestData.SouthACommunityId, south.Id, "SA", "South A");
        db.AddRange(district, north, south, northA, northB, southA);

        var a1 = Grid(TestData.GridA1Id, northA, "A1", 400);
        db.AddRange(a1, Grid(TestData.GridA2Id, northA, "A2", 250), Grid(TestData.GridA3Id, northA, "A3", 600),
            Grid(TestData.GridB1Id, northB, "B1", 350), Grid(TestData.GridS1Id, southA, "S1", 420));
        db.AddRange(
            new MicroGrid(TestData.MicroGridA1aId, a1, "A1-1", "A1 micro 1").SetHouseholds(60),
            new MicroGrid(TestData.MicroGridA1bId, a1, "A1-2", "A1 micro 2").SetHouseholds(90));
        await db.SaveChangesAsync(ct);

        var staff = await db.Posts.SingleAsync(p => p.StreetId == null && p.Code == "STAFF", ct);
        var grids = await db.Grids.ToDictionaryAsync(g => g.Id, ct);
        db.AddRange(
            Worker(TestData.WorkerA1Id, northA, "Worker A1", TestData.WorkerA1IdNumber, TestData.WorkerA1Phone, staff, grids[TestData.GridA1Id]),
            Worker(TestData.WorkerB1Id, northB, "Worker B1", TestData.WorkerB1IdNumber, TestData.WorkerB1Phone, staff, grids[TestData.GridB1Id]),
            Worker(TestData.WorkerS1Id, southA, "Worker S1", TestData.WorkerS1IdNumber, null, staff, grids[TestData.GridS1Id]));
        await db.SaveChangesAsync(ct);

        foreach (var testUser in TestData.Users)
        {
            var user = new AppUser(testUser.Id, testUser.UserName, testUser.UserName);
            var scope = testUser.Scope;
            if (scope.WorkerId is { } worker) user.ScopeToWorker(scope.StreetId!.Value, scope.CommunityId!.Value, worker);
            else if (scope.CommunityId is { } community) user.ScopeToCommunity(scope.StreetId!.Value, community);
            else if (scope.StreetId is { } street) user.ScopeToStreet(street);
            Check(await users.CreateAsync(user, TestData.Password));
            Check(await users.AddToRoleAsync(user, testUser.Role));
        }
    }

    /// <summary>Hired 1 March 2024 on a 3-year contract with 2 months' probation, passed on 1 May 2024.</summary>
    private Worker Worker(Guid id, Community community, string name, string idNumber, string? phone, GridStaff.Posts.Post post, Grid grid)
    {
        var parsed = ResidentIdNumber.Parse(idNumber);
        var hired = new DateOnly(2024, 3, 1);
        var recorded = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var worker = new Worker(id, community, new WorkerProfile(name, Education.Bachelor, PoliticalStatus.PartyMember, SocialWorkCertificate.Junior, 2),
            parsed, protector.ProtectIdNumber(parsed), phone is null ? null : protector.ProtectPhone(phone),
            WorkerKind.FullTimeGridWorker, post, 3, [grid], hired, onProbation: true, recorded);
        worker.SignContract(ContractKind.FixedTerm, hired, new DateOnly(2027, 2, 28), new DateOnly(2024, 4, 30), recorded);
        worker.PassProbation(new DateOnly(2024, 5, 1), recorded);
        return worker;
    }

    private static Grid Grid(Guid id, Community community, string code, int households) =>
        new Grid(id, community, code, $"Grid {code}", GridKind.Comprehensive).SetFigures(households, households * 3, 0.1, 1);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
