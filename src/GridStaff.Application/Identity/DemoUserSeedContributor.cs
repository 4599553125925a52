namespace GridStaff.Identity;

using GridStaff.Communities;
using GridStaff.Data;
using GridStaff.Streets;
using GridStaff.Users;
using GridStaff.Grids;
using GridStaff.Organizations;
using GridStaff.Workers;
using Microsoft.AspNetCore.Identity;

/// <summary>
/// One demo user per role, scoped to the demo organisation. Demo only: the password is public
/// (README) and the DbMigrator never runs this outside the demo environment.
/// </summary>
public class DemoUserSeedContributor(
    UserManager<AppUser> users, IStreetRepository streets, ICommunityRepository communities, IGridRepository grids, IWorkerRepository workers) : IDataSeedContributor
{
    public const string Password = "Demo@12345";

    public int Order => 200;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if (!context.IncludeDemoData) return;

        var streetList = (await streets.GetListAsync(new StreetQuery { Take = 100 }, ct)).Items;
        var qcl = streetList.Single(s => s.Code == "QCL");
        var jfl = streetList.Single(s => s.Code == "JFL");
        var frj = await CommunityAsync(qcl, "FRJ", ct);
        var qlj = await CommunityAsync(jfl, "QLJ", ct);

        await EnsureUserAsync("hr.qcl", "泉城路街道人事", GridStaffRoles.StreetHr, u => u.ScopeToStreet(qcl.Id));
        await EnsureUserAsync("hr.jfl", "解放路街道人事", GridStaffRoles.StreetHr, u => u.ScopeToStreet(jfl.Id));
        await EnsureUserAsync("director.frj", "芙蓉街社区书记", GridStaffRoles.CommunityDirector, u => u.ScopeToCommunity(qcl.Id, frj.Id));
        await EnsureUserAsync("director.qlj", "青龙街社区书记", GridStaffRoles.CommunityDirector, u => u.ScopeToCommunity(jfl.Id, qlj.Id));
        // The full-time grid worker of the community's first grid (DemoWorkforceSeedContributor seeds one per grid).
        var firstGrid = (await grids.GetByCommunityAsync(frj.Id, ct)).Where(g => g.Kind == GridKind.Comprehensive).OrderBy(g => g.Code).FirstOrDefault();
        var worker = firstGrid is null ? null : (await workers.GetListAsync(
            new WorkerQuery(CommunityId: frj.Id, GridId: firstGrid.Id, Kind: WorkerKind.FullTimeGridWorker) { Take = 1 }, ct)).Items.FirstOrDefault();
        await EnsureUserAsync("worker.frj", worker?.Name ?? "芙蓉街网格员", GridStaffRoles.Worker, u =>
        {
            if (worker is null) u.ScopeToCommunity(qcl.Id, frj.Id);
            else u.ScopeToWorker(qcl.Id, frj.Id, worker.Id);
        });
    }

    private async Task<Community> CommunityAsync(Street street, string code, CancellationToken ct) =>
        (await communities.GetListAsync(new CommunityQuery(street.Id) { Take = 100 }, ct)).Items.Single(c => c.Code == code);

    private async Task EnsureUserAsync(string userName, string displayName, string role, Action<AppUser> scope)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        var user = new AppUser(Guid.CreateVersion7(), userName, displayName);
        scope(user);
        IdentityResults.Check(await users.CreateAsync(user, Password));
        IdentityResults.Check(await users.AddToRoleAsync(user, role));
    }
}
