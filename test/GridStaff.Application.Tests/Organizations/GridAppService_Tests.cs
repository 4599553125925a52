namespace GridStaff.Organizations;

using GridStaff.Grids;
using GridStaff.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class GridAppService_Tests : GridStaffTestBase
{
    private IGridAppService Service => GetRequiredService<IGridAppService>();

    [Fact]
    public async Task Should_List_Only_Grids_Of_Own_Community_For_A_Director()
    {
        LoginAs(TestData.NorthADirector);
        var page = await Service.GetListAsync(new GetGridListDto { MaxResultCount = 100 });
        page.Items.Select(g => g.Id).ShouldBe([TestData.GridA1Id, TestData.GridA2Id, TestData.GridA3Id], ignoreOrder: true);
        page.TotalCount.ShouldBe(3);
    }

    [Fact]
    public async Task Should_Answer_Not_Found_For_A_Grid_Of_Another_Community()
    {
        LoginAs(TestData.NorthADirector);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(TestData.GridB1Id));
    }

    [Fact]
    public async Task Should_Show_Street_Hr_Nothing_Of_The_Other_Street()
    {
        LoginAs(TestData.SouthHr);
        var page = await Service.GetListAsync(new GetGridListDto { MaxResultCount = 100, StreetId = TestData.NorthStreetId });
        page.Items.ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(TestData.GridA1Id));
    }

    [Fact]
    public async Task Should_Create_A_Grid_In_Own_Street()
    {
        LoginAs(TestData.NorthHr);
        var grid = await Service.CreateAsync(new CreateGridDto
        {
            CommunityId = TestData.NorthBCommunityId, Code = "B2", Name = "Grid B2", Households = 420, Population = 1100, AreaKm2 = 0.2, DifficultyFactor = 1.2,
        });
        grid.StreetId.ShouldBe(TestData.NorthStreetId);
        (await Service.GetAsync(grid.Id)).Households.ShouldBe(420);
    }

    [Fact]
    public async Task Should_Refuse_A_Duplicate_Code_In_The_Same_Community_And_Write_Nothing()
    {
        LoginAs(TestData.NorthHr);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(new CreateGridDto
        {
            CommunityId = TestData.NorthACommunityId, Code = "A1", Name = "Another A1", Households = 300,
        }));
        error.Code.ShouldBe(GridStaffErrorCodes.DuplicateCode);
        error.Field.ShouldBe("code");
        (await WithDbContextAsync(db => db.Grids.CountAsync(g => g.Code == "A1"))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_A_Grid_In_A_Community_Of_Another_Street()
    {
        LoginAs(TestData.SouthHr);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(new CreateGridDto
        {
            CommunityId = TestData.NorthACommunityId, Code = "X1", Name = "Intruder", Households = 300,
        }));
        error.Code.ShouldBe(GridStaffErrorCodes.ParentNotFound);
        error.Field.ShouldBe("communityId");
        LoginAsSystem();
        (await WithDbContextAsync(db => db.Grids.AnyAsync(g => g.Code == "X1"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Refuse_To_Delete_A_Grid_With_Micro_Grids()
    {
        LoginAs(TestData.NorthHr);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.DeleteAsync(TestData.GridA1Id));
        error.Code.ShouldBe(GridStaffErrorCodes.HasChildren);
    }

    [Fact]
    public async Task Should_Soft_Delete_A_Grid_And_Hide_It()
    {
        LoginAs(TestData.NorthHr);
        await Service.DeleteAsync(TestData.GridA2Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(TestData.GridA2Id));
        var stored = await WithDbContextAsync(db => db.Grids.IgnoreQueryFilters([GridStaffDbContext.SoftDeleteFilter]).SingleAsync(g => g.Id == TestData.GridA2Id));
        stored.IsDeleted.ShouldBeTrue();
        stored.DeleterId.ShouldBe(TestData.NorthHr.Id);
    }

    [Fact]
    public async Task Should_Move_A_Grid_With_Its_Micro_Grids_Within_The_Street()
    {
        LoginAs(TestData.NorthHr);
        var moved = await Service.MoveAsync(TestData.GridA1Id, new MoveGridDto { CommunityId = TestData.NorthBCommunityId });
        moved.CommunityId.ShouldBe(TestData.NorthBCommunityId);
        var micro = await WithDbContextAsync(db => db.MicroGrids.Where(m => m.GridId == TestData.GridA1Id).ToListAsync());
        micro.ShouldAllBe(m => m.CommunityId == TestData.NorthBCommunityId);
    }

    [Fact]
    public async Task Should_Not_Move_A_Grid_To_Another_Street_Even_As_Admin()
    {
        LoginAs(TestData.Admin);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.MoveAsync(TestData.GridA1Id, new MoveGridDto { CommunityId = TestData.SouthACommunityId }));
        error.Code.ShouldBe(GridStaffErrorCodes.MoveOutsideStreet);
    }
}
