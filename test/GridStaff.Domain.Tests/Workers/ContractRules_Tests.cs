namespace GridStaff.Workers;

using Shouldly;
using Xunit;

public class ContractRules_Tests
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    [Theory]
    [InlineData(2, 0)]    // under 3 months: no probation
    [InlineData(6, 1)]    // under 1 year: 1 month
    [InlineData(12, 2)]   // exactly 1 year: 2 months
    [InlineData(35, 2)]   // under 3 years: 2 months
    [InlineData(36, 6)]   // 3 years: 6 months
    public void Should_Limit_Probation_By_Term(int termMonths, int maxProbationMonths)
    {
        var end = Start.AddMonths(termMonths).AddDays(-1);
        ContractRules.MaxProbationMonths(ContractKind.FixedTerm, Start, end).ShouldBe(maxProbationMonths);
    }

    [Fact]
    public void Should_Allow_Six_Months_Probation_On_An_Open_Ended_Contract()
    {
        Should.NotThrow(() => ContractRules.Validate(ContractKind.OpenEnded, Start, null, Start.AddMonths(6).AddDays(-1)));
        Should.Throw<BusinessException>(() => ContractRules.Validate(ContractKind.OpenEnded, Start, null, Start.AddMonths(6)))
            .Code.ShouldBe(WorkerErrorCodes.ProbationTooLong);
    }

    [Fact]
    public void Should_Reject_Three_Months_Probation_On_A_Three_Year_Contract_Only_If_Over_Six()
    {
        var end = new DateOnly(2029, 2, 28);
        Should.NotThrow(() => ContractRules.Validate(ContractKind.FixedTerm, Start, end, new DateOnly(2026, 8, 31)));
        var error = Should.Throw<BusinessException>(() => ContractRules.Validate(ContractKind.FixedTerm, Start, end, new DateOnly(2026, 9, 1)));
        error.Code.ShouldBe(WorkerErrorCodes.ProbationTooLong);
        error.Field.ShouldBe("probationEndOn");
    }

    [Fact]
    public void Should_Reject_Two_Months_Probation_On_A_Contract_Under_One_Year()
    {
        var end = new DateOnly(2027, 2, 27); // one day short of a year
        Should.NotThrow(() => ContractRules.Validate(ContractKind.FixedTerm, Start, end, new DateOnly(2026, 3, 31)));
        Should.Throw<BusinessException>(() => ContractRules.Validate(ContractKind.FixedTerm, Start, end, new DateOnly(2026, 4, 1)))
            .Message.ShouldContain("1 month");
    }

    [Fact]
    public void Should_Reject_Any_Probation_On_A_Contract_Under_Three_Months()
    {
        Should.Throw<BusinessException>(() => ContractRules.Validate(ContractKind.FixedTerm, Start, new DateOnly(2026, 5, 15), new DateOnly(2026, 3, 10)))
            .Code.ShouldBe(WorkerErrorCodes.ProbationTooLong);
    }

    [Fact]
    public void Should_Need_An_End_For_A_Fixed_Term_And_None_For_An_Open_Ended_One()
    {
        Should.Throw<BusinessException>(() => ContractRules.Validate(ContractKind.FixedTerm, Start, null, null)).Code.ShouldBe(WorkerErrorCodes.InvalidContractTerm);
        Should.Throw<BusinessException>(() => ContractRules.Validate(ContractKind.OpenEnded, Start, Start.AddYears(1), null)).Code.ShouldBe(WorkerErrorCodes.InvalidContractTerm);
    }
}
