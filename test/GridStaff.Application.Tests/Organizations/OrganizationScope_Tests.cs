namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.Streets;
using Shouldly;
using Xunit;

/// <summary>Who sees what of the organisation (DOMAIN.md §7): out of scope is "not found".</summary>
public class OrganizationScope_Tests : GridStaffTestBase
{
    [Fact]
    public async Task Should_Show_Street_Hr_Only_Their_Street()
    {
        LoginAs(TestData.NorthHr);
        var streets = await GetRequiredService<IStreetAppService>().GetListAsync(new GetStreetListDto());
        streets.Items.Select(s => s.Id).ShouldBe([TestData.NorthStreetId]);
        await Should.ThrowAsync<EntityNotFoundException>(() => GetRequiredService<IStreetAppService>().GetAsync(TestData.SouthStreetId));
    }

    [Fact]
    public async Task Should_Show_A_Director_Only_Their_Community()
    {
        LoginAs(TestData.NorthBDirector);
        var communities = await GetRequiredService<ICommunityAppService>().GetListAsync(new GetCommunityListDto());
        communities.Items.Select(c => c.Id).ShouldBe([TestData.NorthBCommunityId]);
        await Should.ThrowAsync<EntityNotFoundException>(() => GetRequiredService<ICommunityAppService>().GetAsync(TestData.NorthACommunityId));
    }

    [Fact]
    public async Task Should_Hide_Micro_Grids_Of_Another_Community()
    {
        LoginAs(TestData.NorthBDirector);
        (await GetRequiredService<IMicroGridAppService>().GetListAsync(new GetMicroGridListDto())).Items.ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => GetRequiredService<IMicroGridAppService>().GetAsync(TestData.MicroGridA1aId));

        LoginAs(TestData.NorthADirector);
        (await GetRequiredService<IMicroGridAppService>().GetListAsync(new GetMicroGridListDto())).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Not_Let_A_Director_Update_A_Grid_Of_Another_Community()
    {
        LoginAs(TestData.SouthADirector);
        await Should.ThrowAsync<EntityNotFoundException>(() => GetRequiredService<Grids.IGridAppService>().UpdateAsync(
            TestData.GridA1Id, new Grids.UpdateGridDto { Name = "Taken", Households = 1 }));

        LoginAs(TestData.Admin);
        (await GetRequiredService<Grids.IGridAppService>().GetAsync(TestData.GridA1Id)).Households.ShouldBe(400);
    }

    [Fact]
    public async Task Should_Show_Nothing_Scoped_To_A_Caller_Without_Scope()
    {
        LogoutToAnonymous();
        (await GetRequiredService<Grids.IGridAppService>().GetListAsync(new Grids.GetGridListDto())).TotalCount.ShouldBe(0);
        (await GetRequiredService<IStreetAppService>().GetListAsync(new GetStreetListDto())).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Let_An_Admin_See_Every_Street()
    {
        LoginAs(TestData.Admin);
        (await GetRequiredService<IStreetAppService>().GetListAsync(new GetStreetListDto())).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Keep_Task_Lists_Per_Street_And_Drop_Ended_Temporary_Items()
    {
        LoginAs(TestData.NorthHr);
        var service = GetRequiredService<IGridTaskItemAppService>();
        await service.CreateAsync(new CreateGridTaskItemDto { StreetId = TestData.NorthStreetId, Name = "入户走访", SourceDepartment = "民政局" });
        await service.CreateAsync(new CreateGridTaskItemDto
        {
            StreetId = TestData.NorthStreetId, Name = "防汛排查", SourceDepartment = "应急管理局", IsTemporary = true, EndDate = new DateOnly(2026, 9, 30),
        });

        (await service.GetListAsync(new GetGridTaskItemListDto())).TotalCount.ShouldBe(2);
        (await service.GetListAsync(new GetGridTaskItemListDto { InForceOn = new DateOnly(2026, 10, 1) })).Items.Single().Name.ShouldBe("入户走访");

        LoginAs(TestData.SouthHr);
        (await GetRequiredService<IGridTaskItemAppService>().GetListAsync(new GetGridTaskItemListDto())).TotalCount.ShouldBe(0);
        var error = await Should.ThrowAsync<BusinessException>(() => GetRequiredService<IGridTaskItemAppService>().CreateAsync(
            new CreateGridTaskItemDto { StreetId = TestData.NorthStreetId, Name = "越权", SourceDepartment = "X" }));
        error.Field.ShouldBe("streetId");
    }

    [Fact]
    public async Task Should_Refuse_A_Community_Code_Twice_In_One_Street_But_Allow_It_In_Another()
    {
        LoginAs(TestData.Admin);
        var service = GetRequiredService<ICommunityAppService>();
        (await Should.ThrowAsync<BusinessException>(() => service.CreateAsync(new CreateCommunityDto { StreetId = TestData.NorthStreetId, Code = "NA", Name = "Dup" })))
            .Code.ShouldBe(GridStaffErrorCodes.DuplicateCode);
        (await GetRequiredService<ICommunityAppService>().CreateAsync(new CreateCommunityDto { StreetId = TestData.SouthStreetId, Code = "NA", Name = "South NA" }))
            .StreetId.ShouldBe(TestData.SouthStreetId);
    }

    [Fact]
    public async Task Should_Allow_A_Deleted_Grids_Code_Again()
    {
        LoginAs(TestData.NorthHr);
        await GetRequiredService<Grids.IGridAppService>().DeleteAsync(TestData.GridA2Id);
        var again = await GetRequiredService<Grids.IGridAppService>().CreateAsync(new Grids.CreateGridDto
        {
            CommunityId = TestData.NorthACommunityId, Code = "A2", Name = "New A2", Households = 320,
        });
        again.Id.ShouldNotBe(TestData.GridA2Id);
    }
}
