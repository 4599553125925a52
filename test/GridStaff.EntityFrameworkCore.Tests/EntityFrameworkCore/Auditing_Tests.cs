namespace GridStaff.EntityFrameworkCore;

using System.Text.Json;
using GridStaff.Auditing;
using GridStaff.Grids;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class Auditing_Tests : GridStaffTestBase
{
    [Fact]
    public async Task Should_Stamp_And_Record_Who_Changed_What()
    {
        LoginAs(TestData.NorthHr);
        var service = GetRequiredService<IGridAppService>();
        var created = await service.CreateAsync(new CreateGridDto { CommunityId = TestData.NorthBCommunityId, Code = "B9", Name = "Grid B9", Households = 310 });
        Clock.Advance(TimeSpan.FromHours(2));
        await GetRequiredService<IGridAppService>().UpdateAsync(created.Id, new UpdateGridDto { Name = "Grid B9", Households = 330, DifficultyFactor = 1 });

        LoginAsSystem();
        var grid = await WithDbContextAsync(db => db.Grids.SingleAsync(g => g.Id == created.Id));
        grid.CreatorId.ShouldBe(TestData.NorthHr.Id);
        grid.LastModifierId.ShouldBe(TestData.NorthHr.Id);
        (grid.LastModificationTime!.Value - grid.CreationTime).ShouldBe(TimeSpan.FromHours(2));

        var entries = await WithDbContextAsync(db => db.AuditEntries.Where(a => a.EntityId == created.Id).OrderBy(a => a.Time).ToListAsync());
        entries.Select(e => e.Change).ShouldBe([AuditChangeKind.Created, AuditChangeKind.Updated]);
        entries.ShouldAllBe(e => e.UserName == "hr.north" && e.EntityType == "Grid");

        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(entries[1].ChangesJson)!;
        changes.Keys.ShouldBe(["Households"]);
        changes["Households"].Select(v => v.GetInt32()).ShouldBe([310, 330]);
    }

    [Fact]
    public async Task Should_Not_Record_An_Update_That_Changed_Nothing()
    {
        LoginAs(TestData.NorthHr);
        var grid = await GetRequiredService<IGridAppService>().GetAsync(TestData.GridB1Id);
        await GetRequiredService<IGridAppService>().UpdateAsync(grid.Id, new UpdateGridDto
        {
            Name = grid.Name, Kind = grid.Kind, Households = grid.Households, Population = grid.Population, AreaKm2 = grid.AreaKm2, DifficultyFactor = grid.DifficultyFactor,
        });
        (await WithDbContextAsync(db => db.AuditEntries.Where(a => a.EntityId == grid.Id && a.Change == AuditChangeKind.Updated).Select(a => a.ChangesJson).ToListAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Back_Code_Uniqueness_With_An_Index_Even_Past_The_Manager()
    {
        LoginAsSystem();
        var error = await Should.ThrowAsync<DbUpdateException>(() => WithDbContextAsync(async db =>
        {
            var community = await db.Communities.SingleAsync(c => c.Id == TestData.NorthACommunityId);
            db.Grids.Add(new Grid(Guid.CreateVersion7(), community, "A1", "Sneaky duplicate", Organizations.GridKind.Comprehensive));
            return await db.SaveChangesAsync();
        }));
        error.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Ignore_Only_The_Named_Filter_Asked_For()
    {
        LoginAs(TestData.NorthADirector);
        await WithDbContextAsync(async db =>
        {
            (await db.Grids.CountAsync()).ShouldBe(3);
            (await db.Grids.IgnoreQueryFilters([GridStaffDbContext.DataScopeFilter]).CountAsync()).ShouldBe(5);
            return 0;
        });
    }
}
