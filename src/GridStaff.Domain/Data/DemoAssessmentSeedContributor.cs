namespace GridStaff.Data;

using GridStaff.Assessments;
using GridStaff.AssessmentTemplates;
using GridStaff.Streets;

/// <summary>
/// Each demo street's annual assessment template, version 1: 德能勤绩廉 plus grid work, the director,
/// colleagues and street HR as raters, the default bands and quota. Nine indicators, well under the
/// ~15 at which DOMAIN.md §6 warns. No cycle is seeded: HR opens the first one.
/// </summary>
public class DemoAssessmentSeedContributor(
    IStreetRepository streets, IAssessmentTemplateRepository templates, AssessmentTemplateManager manager, IUnitOfWork uow) : IDataSeedContributor
{
    public const string TemplateCode = "ANNUAL";

    public int Order => 200;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if (!context.IncludeDemoData) return;
        var streetList = (await streets.GetListAsync(new StreetQuery { Take = 100 }, ct)).Items
            .Where(s => DemoOrganizationSeedContributor.Streets.Any(d => d.Code == s.Code));
        foreach (var street in streetList)
        {
            if (await templates.GetLatestVersionAsync(street.Id, TemplateCode, ct) > 0) continue;
            await templates.InsertAsync(await manager.CreateVersionAsync(street.Id, TemplateCode, "社区工作者年度考核", Definition(), ct), ct);
        }
        await uow.SaveChangesAsync(ct);
    }

    public static TemplateDefinition Definition() => new()
    {
        Dimensions =
        [
            new()
            {
                Name = "德能勤绩廉",
                Indicators =
                [
                    Rated("MORAL", "政治素质与职业道德", 15, "坚持正确政治方向，遵守职业道德，服务态度好。"),
                    Rated("ABILITY", "业务能力", 15, "熟悉网格内人、地、事、物、组织，能独立办理服务事项。"),
                    Rated("DILIGENCE", "工作作风", 15, "主动担当，按时完成交办事项（不以打卡、在线时长计）。"),
                    Rated("SERVICE", "网格服务成效", 25, "走访、帮办、代办和矛盾纠纷化解的实际成效。"),
                    Rated("TEAMWORK", "团队协作", 15, "与同事、楼栋长、志愿者协同配合。"),
                    Rated("INTEGRITY", "廉洁自律", 15, "遵守廉洁纪律，无违规收受财物。"),
                ],
            },
            new()
            {
                Name = "网格工作数据",
                Indicators =
                [
                    new() { Code = "VISITS", Name = "入户走访", Kind = IndicatorKind.DataFed, Weight = 10, Target = 400,
                        ScoringGuide = "网格平台的走访记录；达到 400 户次得满分，不足按比例。" },
                    new() { Code = "COMMEND", Name = "表彰奖励", Kind = IndicatorKind.Bonus, Cap = 3, ScoringGuide = "区级以上表彰每项 1 分，最多 3 分。" },
                    new() { Code = "COMPLAINT", Name = "有效投诉", Kind = IndicatorKind.Deduction, Cap = 5, ScoringGuide = "经核实的有效投诉每件扣 1 分，最多 5 分。" },
                ],
            },
        ],
        RaterGroups =
        [
            new() { Kind = RaterGroupKind.Director, Weight = 50, IndicatorCodes = ["MORAL", "ABILITY", "DILIGENCE", "SERVICE", "TEAMWORK", "INTEGRITY"] },
            new() { Kind = RaterGroupKind.Peers, Weight = 20, IndicatorCodes = ["TEAMWORK", "SERVICE"], PeersPerWorker = 3 },
            new() { Kind = RaterGroupKind.StreetHr, Weight = 30, IndicatorCodes = ["MORAL", "DILIGENCE", "INTEGRITY"] },
        ],
    };

    private static IndicatorDefinition Rated(string code, string name, decimal weight, string guide) =>
        new() { Code = code, Name = name, Kind = IndicatorKind.Rated, Weight = weight, MaxScore = 10, ScoringGuide = guide };
}
