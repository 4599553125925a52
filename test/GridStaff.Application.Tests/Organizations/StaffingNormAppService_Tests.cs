namespace GridStaff.Organizations;

using GridStaff.StaffingNorms;
using Shouldly;
using Xunit;

public class StaffingNormAppService_Tests : GridStaffTestBase
{
    private IStaffingNormAppService Service => GetRequiredService<IStaffingNormAppService>();

    [Fact]
    public async Task Should_Advise_From_The_Communitys_Grids_With_The_Default_Norm()
    {
        LoginAs(TestData.NorthADirector);
        var advice = await Service.GetAdviceAsync(TestData.NorthACommunityId, null);

        advice.AsOf.ShouldBe(new DateOnly(2026, 3, 1));
        advice.Norm.StreetId.ShouldBeNull();
        advice.Households.ShouldBe(1250);               // 400 + 250 + 600
        advice.RecommendedGridsMin.ShouldBe(3);         // ceil(1250 / 500)
        advice.RecommendedWorkersMin.ShouldBe(4);       // ceil(1250 / 400)
        advice.RecommendedWorkersMax.ShouldBe(5);       // ceil(1250 / 250)
        advice.GridsOutsideNorm.Select(d => d.Code).ShouldBe(["A2", "A3"], ignoreOrder: true);
        advice.MicroGridsOutsideNorm.Single().Code.ShouldBe("A1-2");
    }

    [Fact]
    public async Task Should_Use_The_Streets_Own_Version_From_Its_Effective_Date()
    {
        LoginAs(TestData.NorthHr);
        await Service.CreateAsync(new CreateStaffingNormDto
        {
            StreetId = TestData.NorthStreetId, EffectiveFrom = new DateOnly(2026, 4, 1), DocumentNumber = "北街发〔2026〕3号",
            GridHouseholdsMin = 200, GridHouseholdsMax = 650,
        });

        (await Service.GetAdviceAsync(TestData.NorthACommunityId, new DateOnly(2026, 3, 31))).GridsOutsideNorm.Count.ShouldBe(2);
        var april = await Service.GetAdviceAsync(TestData.NorthACommunityId, new DateOnly(2026, 4, 1));
        april.Norm.DocumentNumber.ShouldBe("北街发〔2026〕3号");
        april.GridsOutsideNorm.ShouldBeEmpty();

        var versions = await Service.GetVersionsAsync(TestData.NorthStreetId);
        versions.Select(v => v.StreetId).ShouldBe([TestData.NorthStreetId, null]);
    }

    [Fact]
    public async Task Should_Never_Overwrite_A_Version()
    {
        LoginAs(TestData.NorthHr);
        var input = new CreateStaffingNormDto { StreetId = TestData.NorthStreetId, EffectiveFrom = new DateOnly(2026, 4, 1), DocumentNumber = "A" };
        await Service.CreateAsync(input);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(input));
        (error.Code, error.IsConflict).ShouldBe((GridStaffErrorCodes.NormAlreadyEffective, true));
    }

    [Fact]
    public async Task Should_Keep_A_Streets_Norms_From_Another_Street()
    {
        LoginAs(TestData.SouthHr);
        await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(new CreateStaffingNormDto
        {
            StreetId = TestData.NorthStreetId, EffectiveFrom = new DateOnly(2026, 4, 1), DocumentNumber = "X",
        }));
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetVersionsAsync(TestData.NorthStreetId));
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAdviceAsync(TestData.NorthACommunityId, null));
    }

    [Fact]
    public async Task Should_Let_Only_An_Admin_Change_The_City_Default()
    {
        LoginAs(TestData.NorthHr);
        var input = new CreateStaffingNormDto { StreetId = null, EffectiveFrom = new DateOnly(2027, 1, 1), DocumentNumber = "市〔2027〕1号" };
        (await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(input))).Field.ShouldBe("streetId");

        LoginAs(TestData.Admin);
        (await Service.CreateAsync(input)).StreetId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_A_Norm_Whose_Maximum_Is_Below_Its_Minimum()
    {
        LoginAs(TestData.NorthHr);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(new CreateStaffingNormDto
        {
            StreetId = TestData.NorthStreetId, EffectiveFrom = new DateOnly(2026, 5, 1), DocumentNumber = "X",
            HouseholdsPerWorkerMin = 400, HouseholdsPerWorkerMax = 250,
        }));
        error.Field.ShouldBe("householdsPerWorkerMax");
        (await Service.GetVersionsAsync(TestData.NorthStreetId)).ShouldAllBe(v => v.StreetId == null);
    }
}
