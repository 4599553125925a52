namespace GridStaff.Workers;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.Organizations;
using GridStaff.Posts;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

public class Worker_Tests
{
    private static readonly Guid StreetId = Guid.CreateVersion7();
    private static readonly Community Home = new(Guid.CreateVersion7(), StreetId, "H", "Home");
    private static readonly Community Neighbour = new(Guid.CreateVersion7(), StreetId, "N", "Neighbour");
    private static readonly Community Elsewhere = new(Guid.CreateVersion7(), Guid.CreateVersion7(), "E", "Elsewhere");
    private static readonly Grid HomeGrid = new(Guid.CreateVersion7(), Home, "H1", "Home 1", GridKind.Comprehensive);
    private static readonly Grid NeighbourGrid = new(Guid.CreateVersion7(), Neighbour, "N1", "Neighbour 1", GridKind.Comprehensive);
    private static readonly Post Staff = new(Guid.CreateVersion7(), null, "STAFF", "其他", 1, 12);
    private static readonly Post Principal = new(Guid.CreateVersion7(), null, "PRINCIPAL", "正职", 7, 18);
    private static readonly DateTime Now = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Hired = new(2024, 3, 1);

    private static readonly PersonalDataCipher Protector = new(Options.Create(new PersonalDataOptions { Key = PersonalDataOptions.DevelopmentKey }));

    private static Worker NewWorker(bool onProbation = true)
    {
        var id = ResidentIdNumber.Parse("11010519491231002X");
        return new Worker(Guid.CreateVersion7(), Home, new WorkerProfile("张三", Education.Bachelor, PoliticalStatus.Masses, SocialWorkCertificate.None, 0),
            id, Protector.ProtectIdNumber(id), Protector.ProtectPhone("13812345678"), WorkerKind.FullTimeGridWorker, Staff, 3, [HomeGrid], Hired, onProbation, Now);
    }

    [Fact]
    public void Should_Start_On_Probation_With_A_Hire_Entry()
    {
        var worker = NewWorker();
        worker.Status.ShouldBe(WorkerStatus.Probation);
        worker.Events.Single().Kind.ShouldBe(WorkerEventKind.Hire);
        worker.GridIds.ShouldBe([HomeGrid.Id]);
        worker.IdNumberMasked.ShouldBe("1101**********002X");
        worker.PhoneMasked.ShouldBe("138****5678");
        worker.IdNumberCipher.ShouldNotContain("11010519491231002X");
    }

    [Fact]
    public void Should_Derive_The_Current_State_From_The_History()
    {
        var worker = NewWorker();
        worker.PassProbation(new DateOnly(2024, 5, 1), Now);
        worker.TransferTo(Neighbour, [NeighbourGrid], new DateOnly(2025, 1, 1), Now);
        worker.ChangeGrade(5, new DateOnly(2025, 1, 1), Now);
        worker.Status.ShouldBe(WorkerStatus.Active);
        worker.CommunityId.ShouldBe(Neighbour.Id);
        worker.GridIds.ShouldBe([NeighbourGrid.Id]);
        worker.Grade.ShouldBe(5);
    }

    [Fact]
    public void Should_Accept_A_Back_Dated_Entry_That_Later_Ones_Still_Agree_With()
    {
        var worker = NewWorker();
        worker.PassProbation(new DateOnly(2024, 5, 1), Now);
        worker.ChangeGrade(6, new DateOnly(2026, 1, 1), Now);
        worker.ChangeGrade(4, new DateOnly(2025, 1, 1), Now); // recorded late, effective earlier
        worker.Grade.ShouldBe(6);                              // the later entry still decides today's grade
        worker.Events.OrderBy(e => e.EffectiveOn).Select(e => e.Grade).Where(g => g is not null).ShouldBe([3, 4, 6]);
    }

    [Fact]
    public void Should_Refuse_A_Back_Dated_Post_Whose_Band_Contradicts_A_Later_Grade_Change()
    {
        var worker = NewWorker();
        worker.ChangeGrade(3, new DateOnly(2026, 1, 1), Now);
        var error = Should.Throw<BusinessException>(() => worker.ChangePost(Principal, 7, new DateOnly(2025, 6, 1), Now));
        error.Code.ShouldBe(WorkerErrorCodes.HistoryContradiction);
        worker.PostId.ShouldBe(Staff.Id);
        worker.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_Refuse_A_Back_Dated_Exit_Before_Later_Entries()
    {
        var worker = NewWorker();
        worker.PassProbation(new DateOnly(2024, 5, 1), Now);
        worker.ChangeGrade(4, new DateOnly(2025, 3, 1), Now);
        Should.Throw<BusinessException>(() => worker.Exit(ExitReason.Resignation, new DateOnly(2025, 1, 1), Now))
            .Code.ShouldBe(WorkerErrorCodes.HistoryContradiction);
        worker.Status.ShouldBe(WorkerStatus.Active);
    }

    [Fact]
    public void Should_Refuse_Anything_Before_The_Hire_Date()
    {
        Should.Throw<BusinessException>(() => NewWorker().ChangeGrade(4, Hired.AddDays(-1), Now)).Code.ShouldBe(WorkerErrorCodes.BeforeHire);
    }

    [Fact]
    public void Should_Refuse_Illegal_Transitions()
    {
        var worker = NewWorker(onProbation: false);
        Should.Throw<BusinessException>(() => worker.PassProbation(new DateOnly(2024, 5, 1), Now)).Code.ShouldBe(WorkerErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => worker.Reinstate(new DateOnly(2024, 5, 1), Now)).Code.ShouldBe(WorkerErrorCodes.IllegalTransition);
        worker.Suspend(new DateOnly(2025, 1, 1), Now);
        worker.Status.ShouldBe(WorkerStatus.Suspended);
        worker.Reinstate(new DateOnly(2025, 2, 1), Now);
        worker.Status.ShouldBe(WorkerStatus.Active);
        worker.Exit(ExitReason.ContractEnd, new DateOnly(2026, 2, 28), Now);
        worker.Status.ShouldBe(WorkerStatus.Exited);
        worker.GridIds.ShouldBeEmpty();
        Should.Throw<BusinessException>(() => worker.ChangeGrade(5, new DateOnly(2026, 3, 1), Now)).Code.ShouldBe(WorkerErrorCodes.IllegalTransition);
    }

    [Fact]
    public void Should_Refuse_A_Grade_Outside_The_Post_Band()
    {
        var worker = NewWorker();
        Should.Throw<BusinessException>(() => worker.ChangeGrade(13, new DateOnly(2025, 1, 1), Now)).Code.ShouldBe(WorkerErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => worker.ChangePost(Principal, 6, new DateOnly(2025, 1, 1), Now)).Code.ShouldBe(WorkerErrorCodes.GradeOutsidePostBand);
        worker.ChangePost(Principal, 7, new DateOnly(2025, 1, 1), Now);
        worker.PostId.ShouldBe(Principal.Id);
    }

    [Fact]
    public void Should_Transfer_Only_Within_The_Employing_Street()
    {
        var worker = NewWorker();
        Should.Throw<BusinessException>(() => worker.TransferTo(Elsewhere, [], new DateOnly(2025, 1, 1), Now)).Code.ShouldBe(WorkerErrorCodes.TransferOutsideStreet);
        Should.Throw<BusinessException>(() => worker.TransferTo(Neighbour, [HomeGrid], new DateOnly(2025, 1, 1), Now)).Code.ShouldBe(WorkerErrorCodes.GridNotInCommunity);
        worker.CommunityId.ShouldBe(Home.Id);
    }

    [Fact]
    public void Should_Flag_An_Open_Ended_Contract_After_Two_Consecutive_Fixed_Terms()
    {
        var worker = NewWorker();
        worker.SignContract(ContractKind.FixedTerm, Hired, new DateOnly(2027, 2, 28), new DateOnly(2024, 4, 30), Now);
        worker.OpenEndedContractDue.ShouldBeFalse();
        worker.SignContract(ContractKind.FixedTerm, new DateOnly(2027, 3, 1), new DateOnly(2030, 2, 28), null, Now);
        worker.OpenEndedContractDue.ShouldBeTrue();
        worker.SignContract(ContractKind.OpenEnded, new DateOnly(2030, 3, 1), null, null, Now);
        worker.OpenEndedContractDue.ShouldBeFalse();
        worker.Events.Select(e => e.Kind).ShouldBe([WorkerEventKind.Hire, WorkerEventKind.ContractSigned, WorkerEventKind.ContractRenewed, WorkerEventKind.ContractRenewed]);
    }

    [Fact]
    public void Should_Refuse_Overlapping_Contracts_And_Probation_On_A_Renewal()
    {
        var worker = NewWorker();
        worker.SignContract(ContractKind.FixedTerm, Hired, new DateOnly(2027, 2, 28), null, Now);
        Should.Throw<BusinessException>(() => worker.SignContract(ContractKind.FixedTerm, new DateOnly(2027, 1, 1), new DateOnly(2029, 12, 31), null, Now))
            .Code.ShouldBe(WorkerErrorCodes.ContractOverlap);
        Should.Throw<BusinessException>(() => worker.SignContract(ContractKind.FixedTerm, new DateOnly(2027, 3, 1), new DateOnly(2030, 2, 28), new DateOnly(2027, 3, 31), Now))
            .Code.ShouldBe(WorkerErrorCodes.ProbationTooLong);
        worker.Contracts.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_Flag_A_Contract_That_Reaches_Retirement_Age()
    {
        var worker = NewWorker(); // born 31 December 1949, a woman: retires at 55 by default
        var ages = new RetirementAges(60, 55);
        worker.RetirementDate(ages).ShouldBe(new DateOnly(2004, 12, 31));
        worker.SignContract(ContractKind.FixedTerm, Hired, new DateOnly(2025, 2, 28), null, Now);
        worker.RetirementEndsContract(ages).ShouldBeTrue();
        worker.RetirementEndsContract(new RetirementAges(60, 90)).ShouldBeFalse();
    }

    [Fact]
    public void Should_Encrypt_With_A_Fresh_Nonce_But_Hash_Deterministically()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X");
        var a = Protector.ProtectIdNumber(id);
        var b = Protector.ProtectIdNumber(id);
        a.Cipher.ShouldNotBe(b.Cipher);
        a.Hash.ShouldBe(b.Hash);
        Protector.Unprotect(a.Cipher).ShouldBe(id.Value);
        var other = new PersonalDataCipher(Options.Create(new PersonalDataOptions { Key = Convert.ToBase64String(new byte[32]) }));
        other.Hash(id.Value).ShouldNotBe(a.Hash);
    }
}
