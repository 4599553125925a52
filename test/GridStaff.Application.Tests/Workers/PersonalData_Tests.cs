namespace GridStaff.Workers;

using System.Text.Json;
using GridStaff.Auditing;
using GridStaff.PartTimeForces;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class PersonalData_Tests : GridStaffTestBase
{
    private IWorkerAppService Service => GetRequiredService<IWorkerAppService>();

    private static readonly string[] ClearValues =
    [
        TestData.WorkerA1IdNumber, TestData.WorkerB1IdNumber, TestData.WorkerS1IdNumber, TestData.WorkerA1Phone, TestData.WorkerB1Phone,
        WorkerAppService_Tests.NewIdNumber, WorkerAppService_Tests.NewPhone, "13900001234", "13600009999",
    ];

    [Fact]
    public async Task Should_Reveal_Personal_Data_And_Audit_Who_Whom_When()
    {
        LoginAs(TestData.NorthHr);
        var revealed = await Service.RevealPersonalDataAsync(TestData.WorkerA1Id);
        revealed.IdNumber.ShouldBe(TestData.WorkerA1IdNumber);
        revealed.Phone.ShouldBe(TestData.WorkerA1Phone);

        LoginAsSystem();
        var audit = await WithDbContextAsync(db => db.AuditEntries.Where(e => e.Change == AuditChangeKind.PersonalDataRevealed).ToListAsync());
        var entry = audit.ShouldHaveSingleItem();
        entry.UserId.ShouldBe(TestData.NorthHr.Id);
        entry.UserName.ShouldBe(TestData.NorthHr.UserName);
        entry.EntityType.ShouldBe(nameof(Worker));
        entry.EntityId.ShouldBe(TestData.WorkerA1Id);
        entry.Time.ShouldBe(Clock.GetUtcNow().UtcDateTime);
        entry.ChangesJson.ShouldNotContain(TestData.WorkerA1IdNumber);
    }

    [Fact]
    public async Task Should_Not_Reveal_Without_The_Permission_Nor_Audit_A_Reveal()
    {
        LoginAs(TestData.NorthADirector);
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service.RevealPersonalDataAsync(TestData.WorkerA1Id));
        LoginAsSystem();
        (await WithDbContextAsync(db => db.AuditEntries.CountAsync(e => e.Change == AuditChangeKind.PersonalDataRevealed))).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Not_Reveal_A_Worker_Of_Another_Street()
    {
        LoginAs(TestData.SouthHr);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.RevealPersonalDataAsync(TestData.WorkerA1Id));
    }

    [Fact]
    public async Task Should_Mask_Personal_Data_In_Every_Dto()
    {
        LoginAs(TestData.NorthHr);
        var created = await Service.CreateAsync(new CreateWorkerDto
        {
            Name = "李娜", IdNumber = WorkerAppService_Tests.NewIdNumber, Phone = WorkerAppService_Tests.NewPhone, CommunityId = TestData.NorthACommunityId,
            GridIds = [TestData.GridA2Id], PostId = (await Service.GetPostsAsync(null)).Single(p => p.Code == "STAFF").Id, Grade = 2,
            HireDate = new DateOnly(2026, 3, 1), Contract = new SignContractDto { StartOn = new DateOnly(2026, 3, 1), EndOn = new DateOnly(2029, 2, 28) },
        });
        var updated = await Service.UpdateAsync(created.Id, new UpdateWorkerDto { Name = "李娜", Phone = "13600009999" });
        var force = await GetRequiredService<IPartTimeForceAppService>().CreateAsync(new CreateUpdatePartTimeForceDto
        {
            GridId = TestData.GridA1Id, Name = "楼长", Role = PartTimeForceRole.BuildingLeader, Phone = "13900001234", ActiveFrom = new DateOnly(2026, 1, 1),
        });

        object[] dtos =
        [
            created, updated, await Service.GetAsync(TestData.WorkerA1Id), await Service.GetListAsync(new GetWorkerListDto { MaxResultCount = 100 }),
            await Service.GetHistoryAsync(created.Id), await Service.GetContractsAsync(created.Id),
            await Service.TransferAsync(TestData.WorkerA1Id, new TransferWorkerDto { CommunityId = TestData.NorthACommunityId, GridIds = [TestData.GridA3Id], EffectiveOn = new DateOnly(2026, 3, 1) }),
            force, await GetRequiredService<IPartTimeForceAppService>().GetListAsync(new GetPartTimeForceListDto()),
        ];
        var json = JsonSerializer.Serialize(dtos);
        foreach (var clear in ClearValues) json.ShouldNotContain(clear);
        json.ShouldContain(PersonalDataMask.IdNumber(TestData.WorkerA1IdNumber));
        updated.PhoneMasked.ShouldBe("136****9999");
        force.PhoneMasked.ShouldBe("139****1234");
    }

    [Fact]
    public async Task Should_Never_Write_Personal_Data_To_The_Logs_Or_Audit_Trail()
    {
        LoginAs(TestData.NorthHr);
        var created = await Service.CreateAsync(new CreateWorkerDto
        {
            Name = "李娜", IdNumber = WorkerAppService_Tests.NewIdNumber, Phone = WorkerAppService_Tests.NewPhone, CommunityId = TestData.NorthACommunityId,
            PostId = (await Service.GetPostsAsync(null)).Single(p => p.Code == "STAFF").Id, Grade = 2, HireDate = new DateOnly(2026, 3, 1),
        });
        await Service.UpdateAsync(created.Id, new UpdateWorkerDto { Name = "李娜", Phone = "13600009999" });
        await Service.GetListAsync(new GetWorkerListDto { IdNumber = TestData.WorkerB1IdNumber });
        await Service.RevealPersonalDataAsync(created.Id);
        await Service.RevealPersonalDataAsync(TestData.WorkerA1Id);
        await using (var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Workers", "TestData", "roster-valid.xlsx")))
            await GetRequiredService<IWorkerRosterAppService>().ImportAsync(file, new ImportWorkersDto());
        await using (var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Workers", "TestData", "roster-invalid.xlsx")))
            await GetRequiredService<IWorkerRosterAppService>().ImportAsync(file, new ImportWorkersDto());
        await GetRequiredService<IWorkerRosterAppService>().ExportAsync(new GetWorkerListDto());
        await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(new CreateWorkerDto
        {
            Name = "重复", IdNumber = TestData.WorkerA1IdNumber, CommunityId = TestData.NorthACommunityId,
            PostId = created.PostId, Grade = 2, HireDate = new DateOnly(2026, 3, 1),
        }));

        Logs.Lines.ShouldNotBeEmpty();
        Logs.Lines.ShouldContain(l => l.Contains("revealed the personal data"));
        // Values of roster-valid.xlsx, imported above.
        string[] roster = [TestData.IdNumber("37010219930412262"), TestData.IdNumber("37010219880707351"), "13900001234", "13900005678"];
        foreach (var line in Logs.Lines)
        {
            foreach (var clear in ClearValues.Concat(roster)) line.ShouldNotContain(clear);
        }

        LoginAsSystem();
        var trail = await WithDbContextAsync(db => db.AuditEntries.Select(e => e.ChangesJson).ToListAsync());
        trail.ShouldNotBeEmpty();
        foreach (var changes in trail)
            foreach (var clear in ClearValues) changes.ShouldNotContain(clear);
    }
}
