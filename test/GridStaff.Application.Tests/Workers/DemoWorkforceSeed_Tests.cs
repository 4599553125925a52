namespace GridStaff.Workers;

using GridStaff.Data;
using GridStaff.Grids;
using GridStaff.Organizations;
using GridStaff.Users;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class DemoWorkforceSeed_Tests : GridStaffTestBase
{
    [Fact]
    public async Task Should_Seed_About_150_Consistent_Demo_Workers_Once_And_Link_The_Demo_Worker_User()
    {
        LoginAsSystem();
        await GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(IncludeDemoData: true));

        var demoStreetIds = await WithDbContextAsync(db => db.Streets.Where(s => s.Code == "QCL" || s.Code == "JFL").Select(s => s.Id).ToListAsync());
        var demo = await WithDbContextAsync(db => db.Workers.Where(w => demoStreetIds.Contains(w.StreetId)).ToListAsync());
        demo.Count.ShouldBeInRange(140, 160);
        demo.Select(w => w.CommunityId).Distinct().Count().ShouldBe(6);
        demo.ShouldContain(w => w.Status == WorkerStatus.Exited);
        demo.ShouldContain(w => w.Status == WorkerStatus.Probation);
        demo.ShouldContain(w => w.Events.Any(e => e.Kind == WorkerEventKind.Transfer));
        demo.ShouldContain(w => w.Contracts.Any(c => c.Kind == ContractKind.OpenEnded));
        demo.ShouldContain(w => w.OpenEndedContractDue);
        demo.Select(w => w.IdNumberHash).Distinct().Count().ShouldBe(demo.Count);

        // Every grade lies in its post's band; no comprehensive grid has two full-time grid workers.
        var posts = await WithDbContextAsync(db => db.Posts.ToDictionaryAsync(p => p.Id));
        demo.ShouldAllBe(w => w.Grade >= posts[w.PostId].MinGrade && w.Grade <= posts[w.PostId].MaxGrade);
        demo.Where(w => w.Kind == WorkerKind.FullTimeGridWorker && w.Status != WorkerStatus.Exited)
            .SelectMany(w => w.GridIds).GroupBy(g => g).ShouldAllBe(g => g.Count() == 1);
        var comprehensive = await WithDbContextAsync(db => db.Grids.CountAsync(g => demoStreetIds.Contains(g.StreetId) && g.Kind == GridKind.Comprehensive));
        demo.Count(w => w.Kind == WorkerKind.FullTimeGridWorker && w.GridIds.Count == 1).ShouldBe(comprehensive);
        (await WithDbContextAsync(db => db.PartTimeForces.CountAsync(f => demoStreetIds.Contains(f.StreetId)))).ShouldBeGreaterThan(100);

        var user = await WithDbContextAsync(db => db.Set<AppUser>().SingleAsync(u => u.UserName == "worker.frj"));
        var linked = demo.Single(w => w.Id == user.WorkerId);
        linked.Kind.ShouldBe(WorkerKind.FullTimeGridWorker);
        user.CommunityId.ShouldBe(linked.CommunityId);

        await GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(IncludeDemoData: true));
        (await WithDbContextAsync(db => db.Workers.CountAsync(w => demoStreetIds.Contains(w.StreetId)))).ShouldBe(demo.Count);
    }
}
