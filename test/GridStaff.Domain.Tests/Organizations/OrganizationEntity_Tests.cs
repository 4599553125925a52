namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.StaffingNorms;
using Shouldly;
using Xunit;

public class OrganizationEntity_Tests
{
    private static readonly Community Community = new(Guid.NewGuid(), Guid.NewGuid(), "C", "Community");

    [Fact]
    public void Should_Refuse_Negative_Households_Naming_The_Field()
    {
        var grid = new Grid(Guid.NewGuid(), Community, "G1", "Grid", GridKind.Comprehensive);
        var error = Should.Throw<ArgumentOutOfRangeException>(() => grid.SetFigures(-1, 0, 0, 1));
        error.ParamName.ShouldBe("households");
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(11)]
    [InlineData(double.NaN)]
    public void Should_Refuse_A_Difficulty_Factor_Outside_Its_Range(double factor)
    {
        var grid = new Grid(Guid.NewGuid(), Community, "G1", "Grid", GridKind.Comprehensive);
        Should.Throw<ArgumentOutOfRangeException>(() => grid.SetFigures(300, 900, 0.1, factor)).ParamName.ShouldBe("difficultyFactor");
    }

    [Fact]
    public void Should_Trim_Codes_And_Refuse_Blank_Names()
    {
        new Grid(Guid.NewGuid(), Community, "  G7 ", "Grid", GridKind.Comprehensive).Code.ShouldBe("G7");
        Should.Throw<ArgumentException>(() => new Grid(Guid.NewGuid(), Community, "G1", "  ", GridKind.Comprehensive));
    }

    [Fact]
    public void Should_Take_Street_And_Community_From_The_Parent()
    {
        var grid = new Grid(Guid.NewGuid(), Community, "G1", "Grid", GridKind.Comprehensive);
        grid.StreetId.ShouldBe(Community.StreetId);
        var micro = new MicroGrid(Guid.NewGuid(), grid, "M1", "Micro");
        (micro.StreetId, micro.CommunityId, micro.GridId).ShouldBe((Community.StreetId, Community.Id, grid.Id));
    }

    [Fact]
    public void Should_Refuse_To_Move_A_Grid_To_Another_Street()
    {
        var grid = new Grid(Guid.NewGuid(), Community, "G1", "Grid", GridKind.Comprehensive);
        var elsewhere = new Community(Guid.NewGuid(), Guid.NewGuid(), "X", "Elsewhere");
        Should.Throw<BusinessException>(() => grid.MoveTo(elsewhere)).Code.ShouldBe(GridStaffErrorCodes.MoveOutsideStreet);
        grid.CommunityId.ShouldBe(Community.Id);
    }

    [Fact]
    public void Should_Keep_Building_Units_Distinct_And_Trimmed()
    {
        var grid = new Grid(Guid.NewGuid(), Community, "G1", "Grid", GridKind.Comprehensive);
        var micro = new MicroGrid(Guid.NewGuid(), grid, "M1", "Micro").SetBuildingUnits([" 1号楼1单元", "1号楼1单元", "", "2号楼"]);
        micro.BuildingUnits.ShouldBe(["1号楼1单元", "2号楼"]);
    }

    [Fact]
    public void Should_Require_An_End_Date_For_A_Temporary_Task_Item()
    {
        var item = new GridTaskItem(Guid.NewGuid(), Guid.NewGuid(), "燃气排查", GridTaskCategory.SafetyInspection, "住建局");
        var error = Should.Throw<BusinessException>(() => item.SetDuration(true, null));
        (error.Code, error.Field).ShouldBe((GridStaffErrorCodes.TemporaryItemNeedsEndDate, "endDate"));

        item.SetDuration(true, new DateOnly(2026, 3, 31));
        item.IsInForceOn(new DateOnly(2026, 3, 31)).ShouldBeTrue();
        item.IsInForceOn(new DateOnly(2026, 4, 1)).ShouldBeFalse();

        item.SetDuration(false, new DateOnly(2026, 3, 31));
        item.EndDate.ShouldBeNull();
        item.IsInForceOn(new DateOnly(2099, 1, 1)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(500, 300, "gridHouseholdsMax")]
    [InlineData(0, 300, "gridHouseholdsMin")]
    public void Should_Refuse_Norm_Ranges_That_Make_No_Sense(int min, int max, string field)
    {
        var values = StaffingNormValues.Defaults with { GridHouseholdsMin = min, GridHouseholdsMax = max };
        Should.Throw<BusinessException>(values.Validate).Field.ShouldBe(field);
    }
}
