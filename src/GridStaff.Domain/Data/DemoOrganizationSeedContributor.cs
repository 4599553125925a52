namespace GridStaff.Data;

using GridStaff.Districts;
using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Organizations;
using GridStaff.Streets;
using GridStaff.Communities;
using GridStaff.GridTaskItems;

/// <summary>
/// A demo district: two streets, six communities, ~40 grids with micro-grids and a task list.
/// Figures are generated from a fixed seed so every demo database is the same.
/// </summary>
public class DemoOrganizationSeedContributor(
    IDistrictRepository districts,
    IStreetRepository streets,
    ICommunityRepository communities,
    IGridRepository grids,
    IMicroGridRepository microGrids,
    IGridTaskItemRepository taskItems,
    OrganizationManager organization,
    IUnitOfWork uow) : IDataSeedContributor
{
    public const string DistrictCode = "370102";

    public static readonly (string Code, string Name, StreetKind Kind, (string Code, string Name, int Grids)[] Communities)[] Streets =
    [
        ("QCL", "泉城路街道", StreetKind.Street,
            [("FRJ", "芙蓉街社区", 7), ("XXX", "县西巷社区", 6), ("SFQ", "省府前街社区", 6)]),
        ("JFL", "解放路街道", StreetKind.Street,
            [("QLJ", "青龙街社区", 7), ("SDL", "山大路社区", 7), ("HPL", "和平路社区", 6)]),
    ];

    private static readonly string[] Estates = ["花园小区", "明湖小区", "泉景苑", "和平新村", "文化苑", "燕子山小区", "历山名郡", "舜耕小区", "百花公寓", "华龙苑"];

    public int Order => 100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if (!context.IncludeDemoData || await districts.CodeExistsAsync(DistrictCode, ct)) return;

        var random = new Random(20261126);
        var district = new District(Guid.CreateVersion7(), DistrictCode, "历下区");
        await districts.InsertAsync(district, ct);

        foreach (var (streetCode, streetName, kind, communityList) in Streets)
        {
            var street = await organization.CreateStreetAsync(district, streetCode, streetName, kind, ct);
            await streets.InsertAsync(street, ct);
            await SeedTaskListAsync(street, ct);

            Community? first = null;
            foreach (var (communityCode, communityName, gridCount) in communityList)
            {
                var community = await organization.CreateCommunityAsync(street, communityCode, communityName, ct);
                await communities.InsertAsync(community, ct);
                first ??= community;
                for (var n = 1; n <= gridCount; n++)
                {
                    await SeedGridAsync(community, n, random, ct);
                }
            }

            var square = await organization.CreateGridAsync(
                first!, $"{streetCode}-ZS01", $"{streetName[..2]}商圈专属网格", GridKind.Dedicated, ct);
            square.SetFigures(0, 0, 0.35, 1.3);
            await grids.InsertAsync(square, ct);
        }

        await uow.SaveChangesAsync(ct);
    }

    private async Task SeedGridAsync(Community community, int n, Random random, CancellationToken ct)
    {
        // Mostly within 300–500 households; a few outside so the staffing advice has something to say.
        var households = random.Next(100) < 85 ? random.Next(300, 501) : random.Next(230, 620);
        var grid = await organization.CreateGridAsync(community, $"{community.Code}-{n:00}", $"{community.Name[..^2]}第{n}网格", GridKind.Comprehensive, ct);
        grid.SetFigures(households, (int)(households * (2.3 + random.NextDouble() * 0.6)), Math.Round(0.05 + random.NextDouble() * 0.3, 3),
            Math.Round(0.9 + random.Next(0, 5) * 0.1, 1));
        await grids.InsertAsync(grid, ct);

        var estate = Estates[random.Next(Estates.Length)];
        var remaining = households;
        for (var m = 1; remaining > 0; m++)
        {
            var size = remaining < 100 ? remaining : random.Next(50, 81);
            var micro = await organization.CreateMicroGridAsync(grid, $"{grid.Code}-{m:00}", $"{estate}{m}号楼微网格", ct);
            micro.SetHouseholds(size).SetBuildingUnits([$"{estate}{m}号楼1单元", $"{estate}{m}号楼2单元"]);
            await microGrids.InsertAsync(micro, ct);
            remaining -= size;
        }
    }

    private async Task SeedTaskListAsync(Street street, CancellationToken ct)
    {
        (string Name, GridTaskCategory Category, string Department)[] items =
        [
            ("实有人口信息采集与更新", GridTaskCategory.InformationCollection, "公安分局"),
            ("出租房屋登记", GridTaskCategory.InformationCollection, "公安分局"),
            ("消防安全隐患巡查", GridTaskCategory.SafetyInspection, "应急管理局"),
            ("邻里矛盾纠纷排查化解", GridTaskCategory.ConflictMediation, "司法所"),
            ("高龄老人走访关爱", GridTaskCategory.PublicService, "民政局"),
            ("党员联系户走访", GridTaskCategory.PartyBuilding, "街道党工委"),
        ];
        foreach (var (name, category, department) in items)
        {
            await taskItems.InsertAsync(new GridTaskItem(Guid.CreateVersion7(), street.Id, name, category, department), ct);
        }
        var temporary = new GridTaskItem(Guid.CreateVersion7(), street.Id, "冬季燃气安全专项排查", GridTaskCategory.SafetyInspection, "住建局");
        temporary.SetDuration(true, new DateOnly(2027, 3, 31));
        await taskItems.InsertAsync(temporary, ct);
    }
}
