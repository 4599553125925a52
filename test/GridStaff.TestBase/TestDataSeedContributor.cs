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
using Microsoft.AspNetCore.Identity;

/// <summary>Writes <see cref="TestData"/> with its fixed ids, after the roles exist.</summary>
public class TestDataSeedContributor(GridStaffDbContext db, UserManager<AppUser> users) : IDataSeedContributor
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

        foreach (var testUser in TestData.Users)
        {
            var user = new AppUser(testUser.Id, testUser.UserName, testUser.UserName);
            var scope = testUser.Scope;
            if (scope.CommunityId is { } community) user.ScopeToCommunity(scope.StreetId!.Value, community);
            else if (scope.StreetId is { } street) user.ScopeToStreet(street);
            Check(await users.CreateAsync(user, TestData.Password));
            Check(await users.AddToRoleAsync(user, testUser.Role));
        }
    }

    private static Grid Grid(Guid id, Community community, string code, int households) =>
        new Grid(id, community, code, $"Grid {code}", GridKind.Comprehensive).SetFigures(households, households * 3, 0.1, 1);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
