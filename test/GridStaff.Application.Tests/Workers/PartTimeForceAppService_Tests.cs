namespace GridStaff.PartTimeForces;

using GridStaff.Workers;
using Shouldly;
using Xunit;

public class PartTimeForceAppService_Tests : GridStaffTestBase
{
    private IPartTimeForceAppService Service => GetRequiredService<IPartTimeForceAppService>();

    private Task<PartTimeForceDto> CreateAsync(Guid gridId, Guid? microGridId = null, string name = "张楼长") => Service.CreateAsync(new CreateUpdatePartTimeForceDto
    {
        GridId = gridId, MicroGridId = microGridId, Name = name, Role = PartTimeForceRole.BuildingLeader, Phone = "13511112222",
        ActiveFrom = new DateOnly(2025, 1, 1),
    });

    [Fact]
    public async Task Should_Register_A_Part_Time_Force_On_A_Micro_Grid_With_A_Masked_Phone()
    {
        LoginAs(TestData.NorthHr);
        var force = await CreateAsync(TestData.GridA1Id, TestData.MicroGridA1aId);
        force.CommunityId.ShouldBe(TestData.NorthACommunityId);
        force.MicroGridId.ShouldBe(TestData.MicroGridA1aId);
        force.PhoneMasked.ShouldBe("135****2222");
    }

    [Fact]
    public async Task Should_Keep_The_Stored_Phone_When_An_Update_Sends_None_And_Replace_It_When_One_Is_Sent()
    {
        LoginAs(TestData.NorthHr);
        var force = await CreateAsync(TestData.GridA1Id);

        var ended = await Service.UpdateAsync(force.Id, new CreateUpdatePartTimeForceDto
        {
            GridId = TestData.GridA1Id, Name = force.Name, Role = force.Role, Phone = null, ActiveFrom = force.ActiveFrom, ActiveTo = new DateOnly(2026, 6, 30),
        });
        (ended.PhoneMasked, ended.ActiveTo).ShouldBe(("135****2222", new DateOnly(2026, 6, 30)));

        var changed = await Service.UpdateAsync(force.Id, new CreateUpdatePartTimeForceDto
        {
            GridId = TestData.GridA1Id, Name = force.Name, Role = force.Role, Phone = "13900001111", ActiveFrom = force.ActiveFrom,
        });
        changed.PhoneMasked.ShouldBe("139****1111");
    }

    [Fact]
    public async Task Should_Refuse_A_Micro_Grid_Of_Another_Grid()
    {
        LoginAs(TestData.NorthHr);
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(TestData.GridA2Id, TestData.MicroGridA1aId)))
            .Code.ShouldBe(PartTimeForceErrorCodes.MicroGridNotInGrid);
    }

    [Fact]
    public async Task Should_Let_A_Director_Read_Only_Their_Community_Forces()
    {
        LoginAs(TestData.NorthHr);
        var a = await CreateAsync(TestData.GridA1Id, name: "A 楼长");
        var b = await CreateAsync(TestData.GridB1Id, name: "B 楼长");

        LoginAs(TestData.NorthADirector);
        (await Service.GetListAsync(new GetPartTimeForceListDto())).Items.Select(f => f.Id).ShouldBe([a.Id]);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(b.Id));

        LoginAs(TestData.SouthHr);
        (await Service.GetListAsync(new GetPartTimeForceListDto())).Items.ShouldBeEmpty();
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(TestData.GridA1Id))).Code.ShouldBe(GridStaffErrorCodes.ParentNotFound);
    }

    [Fact]
    public async Task Should_List_Only_Forces_Active_On_A_Date()
    {
        LoginAs(TestData.NorthHr);
        var ended = await CreateAsync(TestData.GridA1Id, name: "已卸任");
        await Service.UpdateAsync(ended.Id, new CreateUpdatePartTimeForceDto
        {
            GridId = TestData.GridA1Id, Name = "已卸任", Role = PartTimeForceRole.Volunteer, ActiveFrom = new DateOnly(2025, 1, 1), ActiveTo = new DateOnly(2025, 12, 31),
        });
        var current = await CreateAsync(TestData.GridA1Id, name: "在任");
        (await Service.GetListAsync(new GetPartTimeForceListDto { ActiveOn = new DateOnly(2026, 3, 1) })).Items.Select(f => f.Id).ShouldBe([current.Id]);
        (await Should.ThrowAsync<BusinessException>(() => Service.UpdateAsync(current.Id, new CreateUpdatePartTimeForceDto
        {
            GridId = TestData.GridA1Id, Name = "在任", ActiveFrom = new DateOnly(2025, 1, 1), ActiveTo = new DateOnly(2024, 1, 1),
        }))).Code.ShouldBe(PartTimeForceErrorCodes.InvalidPeriod);
    }
}
