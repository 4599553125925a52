namespace GridStaff.Data;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Organizations;
using GridStaff.PartTimeForces;
using GridStaff.Posts;
using GridStaff.Streets;
using GridStaff.Workers;

/// <summary>
/// About 150 demo workers over the six demo communities: a principal, deputies, committee members,
/// one full-time grid worker per comprehensive grid, other community workers, and some who left;
/// each with a history (hire, probation, contracts and renewals, grade steps, a few transfers,
/// suspensions and exits) and part-time forces on the grids. A fixed seed and a fixed reference
/// date make every demo database the same.
/// </summary>
public class DemoWorkforceSeedContributor(
    IStreetRepository streets,
    ICommunityRepository communities,
    IGridRepository grids,
    IMicroGridRepository microGrids,
    IPostRepository posts,
    IWorkerRepository workers,
    IPartTimeForceRepository forces,
    IPersonalDataCipher cipher,
    IUnitOfWork uow) : IDataSeedContributor
{
    /// <summary>The demo's "today": histories end before it.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 11, 1);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林", "宋", "郑", "于", "韩", "曹"];
    private static readonly string[] MaleNames = ["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "建国", "志强", "海波", "文博", "子豪", "浩然"];
    private static readonly string[] FemaleNames = ["芳", "娜", "敏", "静", "丽", "艳", "娟", "秀英", "慧", "海燕", "晓燕", "婷婷", "雪梅", "玉兰", "佳怡", "欣然"];
    private static readonly DateTime Recorded = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly HashSet<string> _idNumbers = [];

    public int Order => 150;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if (!context.IncludeDemoData) return;
        var streetList = (await streets.GetListAsync(new StreetQuery { Take = 100 }, ct)).Items
            .Where(s => DemoOrganizationSeedContributor.Streets.Any(d => d.Code == s.Code)).ToList();
        if (streetList.Count == 0) return;
        foreach (var street in streetList)
        {
            if ((await workers.GetListAsync(new WorkerQuery(StreetId: street.Id) { Take = 1 }, ct)).TotalCount > 0) return;
        }

        var postByCode = (await posts.GetForStreetAsync(null, ct)).ToDictionary(p => p.Code);
        var random = new Random(20261127);
        foreach (var street in streetList.OrderBy(s => s.Code))
        {
            var communityList = (await communities.GetListAsync(new CommunityQuery(street.Id) { Take = 100 }, ct)).Items.OrderBy(c => c.Code).ToList();
            foreach (var community in communityList)
            {
                var gridList = (await grids.GetByCommunityAsync(community.Id, ct)).Where(g => g.Kind == GridKind.Comprehensive).ToList();
                await SeedCommunityAsync(community, communityList, gridList, postByCode, random, ct);
                foreach (var grid in gridList) await SeedForcesAsync(grid, random, ct);
            }
        }
        await uow.SaveChangesAsync(ct);
    }

    private async Task SeedCommunityAsync(Community community, IReadOnlyList<Community> sameStreet, IReadOnlyList<Grid> gridList,
        Dictionary<string, Post> postByCode, Random random, CancellationToken ct)
    {
        var plan = new List<(WorkerKind Kind, string Post, Grid? Grid)>
        {
            (WorkerKind.CommunityLeader, "PRINCIPAL", null),
            (WorkerKind.CommunityLeader, "DEPUTY", null),
            (WorkerKind.CommunityLeader, "DEPUTY", null),
            (WorkerKind.OtherCommunityWorker, "COMMITTEE", null),
            (WorkerKind.OtherCommunityWorker, "COMMITTEE", null),
        };
        plan.AddRange(gridList.Select(g => (WorkerKind.FullTimeGridWorker, "STAFF", (Grid?)g)));
        while (plan.Count < 22) plan.Add((WorkerKind.OtherCommunityWorker, "STAFF", null));

        foreach (var (kind, postCode, grid) in plan)
        {
            await workers.InsertAsync(NewWorker(community, sameStreet, kind, postByCode[postCode], postByCode, grid, random, leaves: false), ct);
        }
        // Some who left: their history stays in the register.
        for (var i = 0; i < 3; i++)
        {
            await workers.InsertAsync(NewWorker(community, sameStreet, WorkerKind.OtherCommunityWorker, postByCode["STAFF"], postByCode, null, random, leaves: true), ct);
        }
    }

    private Worker NewWorker(Community community, IReadOnlyList<Community> sameStreet, WorkerKind kind, Post post, Dictionary<string, Post> postByCode,
        Grid? grid, Random random, bool leaves)
    {
        var gender = random.Next(100) < 62 ? Gender.Female : Gender.Male;
        var name = Surnames[random.Next(Surnames.Length)] + (gender == Gender.Male ? MaleNames : FemaleNames)[random.Next(MaleNames.Length)];
        var birth = new DateOnly(1970, 1, 1).AddDays(random.Next(0, 365 * 30));
        var idNumber = ResidentIdNumber.Parse(NewIdNumber(birth, gender, random));
        var phone = $"1{"358"[random.Next(3)]}{random.Next(0, 10)}{random.Next(0, 100_000_000):00000000}";

        // Hired between 2012 and this year; a few recent hires are still on probation.
        var recent = !leaves && random.Next(100) < 6;
        var hired = recent ? ReferenceDate.AddDays(-random.Next(20, 80)) : new DateOnly(2012, 1, 1).AddDays(random.Next(0, 365 * 13));
        if (hired < birth.AddYears(22)) hired = birth.AddYears(22);
        if (hired > ReferenceDate.AddDays(-20)) hired = ReferenceDate.AddDays(-20);
        var education = (Education)random.Next((int)Education.SeniorHigh, (int)Education.Master + 1);
        var profile = new WorkerProfile(name, education, (PoliticalStatus)random.Next(1, 6),
            (SocialWorkCertificate)random.Next(0, 4), random.Next(0, 6));

        // A transferred worker started in another community of the street (not on a grid).
        var transferred = !recent && sameStreet.Count > 1 && random.Next(100) < 12;
        var startCommunity = transferred ? sameStreet.Where(c => c.Id != community.Id).ElementAt(random.Next(sameStreet.Count - 1)) : community;
        var startPost = post.Code == "PRINCIPAL" ? postByCode["DEPUTY"] : post;
        var startGrade = Math.Min(startPost.MaxGrade, startPost.MinGrade + profile.PriorYears / 3 + (education >= Education.Bachelor ? 1 : 0));
        var worker = new Worker(Guid.CreateVersion7(), startCommunity, profile, idNumber, cipher.ProtectIdNumber(idNumber), cipher.ProtectPhone(phone),
            kind, startPost, startGrade, transferred || grid is null ? [] : [grid], hired, onProbation: true, Recorded);

        // Contracts of three years, the first with the statutory maximum probation; open-ended after two fixed terms (most of the time).
        var probationEnd = hired.AddMonths(6).AddDays(-1);
        var start = hired;
        worker.SignContract(ContractKind.FixedTerm, start, start.AddYears(3).AddDays(-1), probationEnd, Recorded);
        if (probationEnd < ReferenceDate) worker.PassProbation(probationEnd.AddDays(1), Recorded);
        for (start = start.AddYears(3); start <= ReferenceDate; start = start.AddYears(3))
        {
            var openEnded = worker.OpenEndedContractDue && random.Next(100) < 75;
            worker.SignContract(openEnded ? ContractKind.OpenEnded : ContractKind.FixedTerm, start, openEnded ? null : start.AddYears(3).AddDays(-1), null, Recorded);
            if (openEnded) break;
        }

        // Grade steps: one grade every three years of service, on 1 January, within the band.
        var grade = startGrade;
        for (var year = hired.Year + 3; year <= ReferenceDate.Year && grade < startPost.MaxGrade; year += 3)
        {
            worker.ChangeGrade(++grade, new DateOnly(year, 1, 1), Recorded);
        }
        if (transferred)
        {
            var on = hired.AddMonths(random.Next(6, 30));
            if (on < ReferenceDate) worker.TransferTo(community, grid is null ? [] : [grid], on, Recorded, "工作需要调动");
            else worker.TransferTo(community, grid is null ? [] : [grid], ReferenceDate.AddDays(-1), Recorded, "工作需要调动");
        }
        if (post.Code == "PRINCIPAL")
        {
            var promoted = new DateOnly(Math.Max(hired.Year + 2, ReferenceDate.Year - 4), 1, 1);
            if (promoted <= hired) promoted = hired.AddDays(1);
            var last = worker.Events.Max(e => e.EffectiveOn);
            if (promoted < last) promoted = last;
            worker.ChangePost(post, Math.Clamp(worker.Grade + 2, post.MinGrade, post.MaxGrade), promoted, Recorded, "换届当选社区书记");
        }
        if (!leaves && !recent && random.Next(100) < 2)
        {
            var last = worker.Events.Max(e => e.EffectiveOn);
            worker.Suspend(last.AddDays(30) < ReferenceDate ? last.AddDays(30) : ReferenceDate, Recorded, "配合调查，暂停职务");
        }
        if (leaves)
        {
            var last = worker.Events.Max(e => e.EffectiveOn);
            var reason = (ExitReason)random.Next(1, 6);
            var exitOn = last.AddDays(random.Next(30, 400));
            if (exitOn > ReferenceDate) exitOn = ReferenceDate;
            worker.Exit(reason, exitOn, Recorded, reason switch
            {
                ExitReason.Resignation => "本人申请辞职",
                ExitReason.ContractEnd => "合同期满不再续订",
                ExitReason.Dismissal => "严重违反工作纪律",
                ExitReason.Retirement => "达到法定退休年龄",
                _ => "年度考核不称职",
            });
        }
        return worker;
    }

    private async Task SeedForcesAsync(Grid grid, Random random, CancellationToken ct)
    {
        var micro = await microGrids.GetByGridAsync(grid.Id, ct);
        await forces.InsertAsync(Force(grid, null, PartTimeForceRole.GridInstructor, random), ct);
        await forces.InsertAsync(Force(grid, null, PartTimeForceRole.Volunteer, random), ct);
        foreach (var m in micro.OrderBy(m => m.Code).Take(2))
            await forces.InsertAsync(Force(grid, m, PartTimeForceRole.BuildingLeader, random), ct);
    }

    private PartTimeForce Force(Grid grid, MicroGrid? micro, PartTimeForceRole role, Random random)
    {
        var female = random.Next(2) == 0;
        var name = Surnames[random.Next(Surnames.Length)] + (female ? FemaleNames : MaleNames)[random.Next(MaleNames.Length)];
        var phone = $"13{random.Next(0, 10)}{random.Next(0, 100_000_000):00000000}";
        return new PartTimeForce(Guid.CreateVersion7(), grid, micro, name, role, cipher.ProtectPhone(phone), new DateOnly(2020 + random.Next(0, 6), 1, 1));
    }

    private string NewIdNumber(DateOnly birth, Gender gender, Random random)
    {
        while (true)
        {
            var order = random.Next(0, 500) * 2 + (gender == Gender.Male ? 1 : 0);
            var first17 = $"370102{birth:yyyyMMdd}{order:000}";
            var value = first17 + ResidentIdNumber.CheckCharacter(first17);
            if (_idNumbers.Add(value)) return value;
        }
    }
}
