namespace GridStaff.Workers;

using GridStaff.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

public class WorkerAppService_Tests : GridStaffTestBase
{
    private IWorkerAppService Service => GetRequiredService<IWorkerAppService>();

    internal static readonly string NewIdNumber = TestData.IdNumber("37010219950305456"); // a woman born 5 March 1995
    internal const string NewPhone = "13700001111";

    private async Task<Guid> StaffPostIdAsync() => (await Service.GetPostsAsync(null)).Single(p => p.Code == "STAFF").Id;

    private async Task<CreateWorkerDto> NewWorkerAsync(Guid communityId, params Guid[] gridIds) => new()
    {
        Name = "李娜", IdNumber = NewIdNumber, Phone = NewPhone, CommunityId = communityId, GridIds = [.. gridIds],
        PostId = await StaffPostIdAsync(), Grade = 2, HireDate = new DateOnly(2026, 3, 1), Education = Education.Bachelor,
        Contract = new SignContractDto { StartOn = new DateOnly(2026, 3, 1), EndOn = new DateOnly(2029, 2, 28), ProbationEndOn = new DateOnly(2026, 8, 31) },
    };

    [Fact]
    public async Task Should_Hire_A_Worker_With_Masked_Personal_Data()
    {
        LoginAs(TestData.NorthHr);
        var worker = await Service.CreateAsync(await NewWorkerAsync(TestData.NorthACommunityId, TestData.GridA2Id));

        worker.StreetId.ShouldBe(TestData.NorthStreetId);
        worker.Gender.ShouldBe(Gender.Female);
        worker.BirthDate.ShouldBe(new DateOnly(1995, 3, 5));
        worker.Status.ShouldBe(WorkerStatus.Probation);
        worker.ProbationEndOn.ShouldBe(new DateOnly(2026, 8, 31));
        worker.IdNumberMasked.ShouldBe(NewIdNumber[..4] + "**********" + NewIdNumber[^4..]);
        worker.PhoneMasked.ShouldBe("137****1111");
        worker.GridIds.ShouldBe([TestData.GridA2Id]);

        var history = await Service.GetHistoryAsync(worker.Id);
        history.Select(h => h.Kind).ShouldBe([WorkerEventKind.Hire, WorkerEventKind.ContractSigned]);

        var stored = await WithDbContextAsync(db => db.Workers.SingleAsync(w => w.Id == worker.Id));
        stored.IdNumberCipher.ShouldNotContain(NewIdNumber);
        stored.PhoneCipher!.ShouldNotContain(NewPhone);
    }

    [Fact]
    public async Task Should_Refuse_An_Id_Number_With_A_Bad_Checksum()
    {
        LoginAs(TestData.NorthHr);
        var input = await NewWorkerAsync(TestData.NorthACommunityId);
        input.IdNumber = NewIdNumber[..17] + (NewIdNumber[17] == '0' ? '1' : '0');
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(input));
        error.Code.ShouldBe(WorkerErrorCodes.InvalidIdNumber);
        error.Field.ShouldBe("idNumber");
    }

    [Fact]
    public async Task Should_Refuse_A_Birth_Date_That_Disagrees_With_The_Id_Number()
    {
        LoginAs(TestData.NorthHr);
        var input = await NewWorkerAsync(TestData.NorthACommunityId);
        input.BirthDate = new DateOnly(1995, 3, 6);
        (await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(input))).Code.ShouldBe(WorkerErrorCodes.IdNumberMismatch);
    }

    [Fact]
    public async Task Should_Refuse_A_Duplicate_Id_Number_And_Write_Nothing()
    {
        LoginAs(TestData.NorthHr);
        var input = await NewWorkerAsync(TestData.NorthBCommunityId);
        input.IdNumber = TestData.WorkerA1IdNumber.ToLowerInvariant();
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(input));
        error.Code.ShouldBe(WorkerErrorCodes.DuplicateIdNumber);
        error.IsConflict.ShouldBeTrue();
        (await WithDbContextAsync(db => db.Workers.CountAsync())).ShouldBe(2); // NorthHr sees A1 and B1 only
    }

    [Fact]
    public async Task Should_Refuse_A_Person_Still_Employed_By_Another_Street()
    {
        LoginAs(TestData.SouthHr);
        var input = await NewWorkerAsync(TestData.SouthACommunityId);
        input.IdNumber = TestData.WorkerA1IdNumber;
        (await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(input))).Code.ShouldBe(WorkerErrorCodes.DuplicateIdNumber);
    }

    [Fact]
    public async Task Should_Not_Let_A_Director_Read_A_Worker_Of_Another_Community()
    {
        LoginAs(TestData.NorthADirector);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(TestData.WorkerB1Id));
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetHistoryAsync(TestData.WorkerB1Id));
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetContractsAsync(TestData.WorkerB1Id));
        (await Service.GetAsync(TestData.WorkerA1Id)).Name.ShouldBe("Worker A1");
    }

    [Fact]
    public async Task Should_List_Only_Workers_Of_Own_Community_For_A_Director()
    {
        LoginAs(TestData.NorthADirector);
        var page = await Service.GetListAsync(new GetWorkerListDto { MaxResultCount = 100, StreetId = TestData.NorthStreetId });
        page.Items.Select(w => w.Id).ShouldBe([TestData.WorkerA1Id]);
    }

    [Fact]
    public async Task Should_Show_Street_Hr_Nothing_Of_The_Other_Street()
    {
        LoginAs(TestData.SouthHr);
        (await Service.GetListAsync(new GetWorkerListDto { MaxResultCount = 100 })).Items.Select(w => w.Id).ShouldBe([TestData.WorkerS1Id]);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(TestData.WorkerA1Id));
        var error = await Should.ThrowAsync<BusinessException>(async () => await Service.CreateAsync(await NewWorkerAsync(TestData.NorthACommunityId)));
        error.Code.ShouldBe(GridStaffErrorCodes.ParentNotFound);
    }

    [Fact]
    public async Task Should_Find_A_Worker_By_Exact_Id_Number()
    {
        LoginAs(TestData.NorthHr);
        var page = await Service.GetListAsync(new GetWorkerListDto { IdNumber = TestData.WorkerB1IdNumber });
        page.Items.Select(w => w.Id).ShouldBe([TestData.WorkerB1Id]);
        (await Service.GetListAsync(new GetWorkerListDto { IdNumber = TestData.WorkerS1IdNumber })).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Let_A_Worker_Read_Only_Themself()
    {
        LoginAs(TestData.NorthAWorker);
        var me = GetRequiredService<IMyWorkerAppService>();
        (await me.GetAsync()).Id.ShouldBe(TestData.WorkerA1Id);
        (await me.GetHistoryAsync()).Select(h => h.Kind).ShouldBe([WorkerEventKind.Hire, WorkerEventKind.ContractSigned, WorkerEventKind.ProbationPassed]);
        (await me.GetContractsAsync()).Single().EndOn.ShouldBe(new DateOnly(2027, 2, 28));
        await Should.ThrowAsync<EntityNotFoundException>(() => Service.GetAsync(TestData.WorkerB1Id));
        (await Service.GetListAsync(new GetWorkerListDto())).Items.Select(w => w.Id).ShouldBe([TestData.WorkerA1Id]);
    }

    [Fact]
    public async Task Should_Answer_Not_Found_For_My_Worker_When_Not_Linked_To_One()
    {
        LoginAs(TestData.NorthHr);
        await Should.ThrowAsync<EntityNotFoundException>(() => GetRequiredService<IMyWorkerAppService>().GetAsync());
    }

    [Fact]
    public async Task Should_Refuse_A_Hire_Onto_A_Full_Grid()
    {
        LoginAs(TestData.NorthHr);
        var error = await Should.ThrowAsync<BusinessException>(async () => await Service.CreateAsync(await NewWorkerAsync(TestData.NorthACommunityId, TestData.GridA1Id)));
        error.Code.ShouldBe(WorkerErrorCodes.GridFull);
        error.Message.ShouldContain("allows 1 per grid");
        (await Service.GetListAsync(new GetWorkerListDto { GridId = TestData.GridA1Id })).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_A_Transfer_Onto_A_Full_Grid_And_Allow_It_Onto_A_Free_One()
    {
        LoginAs(TestData.NorthHr);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.TransferAsync(TestData.WorkerB1Id,
            new TransferWorkerDto { CommunityId = TestData.NorthACommunityId, GridIds = [TestData.GridA1Id], EffectiveOn = new DateOnly(2026, 3, 1) }));
        error.Code.ShouldBe(WorkerErrorCodes.GridFull);
        (await Service.GetAsync(TestData.WorkerB1Id)).CommunityId.ShouldBe(TestData.NorthBCommunityId);

        var moved = await Service.TransferAsync(TestData.WorkerB1Id,
            new TransferWorkerDto { CommunityId = TestData.NorthACommunityId, GridIds = [TestData.GridA2Id], EffectiveOn = new DateOnly(2026, 3, 1) });
        moved.CommunityId.ShouldBe(TestData.NorthACommunityId);
        moved.GridIds.ShouldBe([TestData.GridA2Id]);
        (await Service.GetHistoryAsync(TestData.WorkerB1Id)).Last().Kind.ShouldBe(WorkerEventKind.Transfer);
    }

    [Fact]
    public async Task Should_Allow_More_Workers_Per_Grid_When_The_Norm_Says_So()
    {
        LoginAsSystem();
        await WithDbContextAsync(async db =>
        {
            db.StaffingNorms.Add(new StaffingNorms.StaffingNorm(Guid.CreateVersion7(), TestData.NorthStreetId, new DateOnly(2026, 1, 1), "北政发〔2026〕1号",
                StaffingNorms.StaffingNormValues.Defaults with { FullTimeWorkersPerGrid = 2 }));
            return await db.SaveChangesAsync();
        });
        LoginAs(TestData.NorthHr);
        var worker = await Service.CreateAsync(await NewWorkerAsync(TestData.NorthACommunityId, TestData.GridA1Id));
        worker.GridIds.ShouldBe([TestData.GridA1Id]);
    }

    [Fact]
    public async Task Should_Not_Transfer_To_Another_Street_Even_As_Admin()
    {
        LoginAs(TestData.Admin);
        var error = await Should.ThrowAsync<BusinessException>(() => Service.TransferAsync(TestData.WorkerA1Id,
            new TransferWorkerDto { CommunityId = TestData.SouthACommunityId, EffectiveOn = new DateOnly(2026, 3, 1) }));
        error.Code.ShouldBe(WorkerErrorCodes.TransferOutsideStreet);
    }

    [Fact]
    public async Task Should_Keep_An_Exited_Worker_Off_The_Grid_Count()
    {
        LoginAs(TestData.NorthHr);
        var exited = await Service.ExitAsync(TestData.WorkerA1Id, new ExitWorkerDto { Reason = ExitReason.Resignation, EffectiveOn = new DateOnly(2026, 2, 28) });
        exited.Status.ShouldBe(WorkerStatus.Exited);
        exited.ExitReason.ShouldBe(ExitReason.Resignation);
        var hired = await Service.CreateAsync(await NewWorkerAsync(TestData.NorthACommunityId, TestData.GridA1Id));
        hired.GridIds.ShouldBe([TestData.GridA1Id]);
    }

    [Fact]
    public async Task Should_Return_The_History_In_Effective_Order_With_Back_Dated_Entries_In_Place()
    {
        LoginAs(TestData.NorthHr);
        await Service.ChangeGradeAsync(TestData.WorkerA1Id, new ChangeWorkerGradeDto { Grade = 5, EffectiveOn = new DateOnly(2026, 1, 1) });
        await Service.ChangeGradeAsync(TestData.WorkerA1Id, new ChangeWorkerGradeDto { Grade = 4, EffectiveOn = new DateOnly(2025, 1, 1), Note = "late entry" });
        var history = await Service.GetHistoryAsync(TestData.WorkerA1Id);
        history.Select(h => h.EffectiveOn).ShouldBeInOrder();
        history.Where(h => h.Kind == WorkerEventKind.GradeChange).Select(h => h.Grade).ShouldBe([4, 5]);
        (await Service.GetAsync(TestData.WorkerA1Id)).Grade.ShouldBe(5);

        var error = await Should.ThrowAsync<BusinessException>(() =>
            Service.ExitAsync(TestData.WorkerA1Id, new ExitWorkerDto { Reason = ExitReason.Dismissal, EffectiveOn = new DateOnly(2025, 6, 1) }));
        error.Code.ShouldBe(WorkerErrorCodes.HistoryContradiction);
        (await Service.GetHistoryAsync(TestData.WorkerA1Id)).Count.ShouldBe(history.Count);
    }

    [Fact]
    public async Task Should_Flag_The_Open_Ended_Contract_Due_After_A_Renewal()
    {
        LoginAs(TestData.NorthHr);
        (await Service.GetAsync(TestData.WorkerA1Id)).OpenEndedContractDue.ShouldBeFalse();
        await Service.SignContractAsync(TestData.WorkerA1Id, new SignContractDto { StartOn = new DateOnly(2027, 3, 1), EndOn = new DateOnly(2030, 2, 28) });
        var worker = await Service.GetAsync(TestData.WorkerA1Id);
        worker.OpenEndedContractDue.ShouldBeTrue();
        (await Service.GetContractsAsync(TestData.WorkerA1Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Refuse_A_Probation_Longer_Than_The_Law_Allows()
    {
        LoginAs(TestData.NorthHr);
        var input = await NewWorkerAsync(TestData.NorthACommunityId);
        input.Contract = new SignContractDto { StartOn = new DateOnly(2026, 3, 1), EndOn = new DateOnly(2027, 2, 28), ProbationEndOn = new DateOnly(2026, 6, 30) };
        var error = await Should.ThrowAsync<BusinessException>(() => Service.CreateAsync(input));
        error.Code.ShouldBe(WorkerErrorCodes.ProbationTooLong);
        error.Message.ShouldContain("2 month");
        LoginAsSystem();
        (await WithDbContextAsync(db => db.Workers.CountAsync())).ShouldBe(3);
    }
}
