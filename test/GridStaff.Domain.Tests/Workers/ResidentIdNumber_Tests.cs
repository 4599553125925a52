namespace GridStaff.Workers;

using Shouldly;
using Xunit;

public class ResidentIdNumber_Tests
{
    // The GB 11643-1999 example number: 11010519491231002X (a woman born 31 December 1949).
    private const string StandardExample = "11010519491231002X";

    [Fact]
    public void Should_Accept_The_Standard_Example_And_Read_Birth_Date_And_Gender()
    {
        var id = ResidentIdNumber.Parse(StandardExample);
        id.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
        id.Gender.ShouldBe(Gender.Female);
    }

    [Fact]
    public void Should_Accept_A_Lower_Case_X()
    {
        ResidentIdNumber.Parse(StandardExample.ToLowerInvariant()).Value.ShouldBe(StandardExample);
    }

    [Theory]
    [InlineData("110105194912310021", "check character")]   // wrong check character
    [InlineData("11010519491231002", "18 characters")]      // too short
    [InlineData("1101051949123100AX", "digits")]            // letters inside
    [InlineData("110105194913310028", "check character")]   // month 13, and the check no longer matches
    public void Should_Reject_An_Invalid_Number(string value, string reason)
    {
        var error = Should.Throw<BusinessException>(() => ResidentIdNumber.Parse(value));
        error.Code.ShouldBe(WorkerErrorCodes.InvalidIdNumber);
        error.Field.ShouldBe("idNumber");
        error.Message.ShouldContain(reason);
    }

    [Fact]
    public void Should_Reject_An_Impossible_Birth_Date_Even_With_A_Right_Check_Character()
    {
        var first17 = "11010519490230123"; // 30 February
        var error = Should.Throw<BusinessException>(() => ResidentIdNumber.Parse(first17 + ResidentIdNumber.CheckCharacter(first17)));
        error.Message.ShouldContain("birth date");
    }

    [Fact]
    public void Should_Reject_A_Birth_Date_Or_Gender_That_Disagrees_With_The_Number()
    {
        var id = ResidentIdNumber.Parse(StandardExample);
        Should.Throw<BusinessException>(() => id.EnsureAgrees(new DateOnly(1950, 1, 1), null)).Field.ShouldBe("birthDate");
        Should.Throw<BusinessException>(() => id.EnsureAgrees(null, Gender.Male)).Field.ShouldBe("gender");
        Should.NotThrow(() => id.EnsureAgrees(new DateOnly(1949, 12, 31), Gender.Female));
    }

    [Fact]
    public void Should_Mask_Id_Numbers_And_Phones()
    {
        PersonalDataMask.IdNumber("110101199001011234").ShouldBe("1101**********1234");
        PersonalDataMask.Phone("13812345678").ShouldBe("138****5678");
        ResidentIdNumber.Parse(StandardExample).ToString().ShouldBe("1101**********002X");
    }
}
