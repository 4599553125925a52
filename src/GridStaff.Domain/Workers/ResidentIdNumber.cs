namespace GridStaff.Workers;

using System.Globalization;

/// <summary>
/// A resident identity number (公民身份号码) per GB 11643-1999: six digits of the address code,
/// eight of the birth date, three of the order code (odd for men, even for women) and an
/// ISO 7064 MOD 11-2 check character (0–9 or X).
/// </summary>
public sealed record ResidentIdNumber(string Value, DateOnly BirthDate, Gender Gender)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Parses and checks a number; null with the reason when it is not a valid one.</summary>
    public static ResidentIdNumber? TryParse(string? input, out string? error)
    {
        error = null;
        var value = (input ?? "").Trim().ToUpperInvariant();
        if (value.Length != WorkerConsts.IdNumberLength) { error = "must have 18 characters"; return null; }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i])) { error = "the first 17 characters must be digits"; return null; }
        }
        if (!char.IsAsciiDigit(value[17]) && value[17] != 'X') { error = "the last character must be a digit or X"; return null; }
        if (CheckCharacter(value) != value[17]) { error = "the check character does not match (GB 11643)"; return null; }
        if (!DateOnly.TryParseExact(value[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            error = "the birth date in it is not a real date"; return null;
        }
        var gender = (value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        return new ResidentIdNumber(value, birth, gender);
    }

    /// <exception cref="BusinessException">Not a valid number.</exception>
    public static ResidentIdNumber Parse(string? input, string field = "idNumber") =>
        TryParse(input, out var error) ?? throw new BusinessException(WorkerErrorCodes.InvalidIdNumber, $"The ID number is not valid: {error}.") { Field = field };

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>The birth date and gender given beside the number must be the ones in it.</summary>
    public void EnsureAgrees(DateOnly? birthDate, Gender? gender)
    {
        if (birthDate is { } b && b != BirthDate)
            throw new BusinessException(WorkerErrorCodes.IdNumberMismatch, "The birth date does not agree with the ID number.") { Field = "birthDate" };
        if (gender is { } g && g != Gender)
            throw new BusinessException(WorkerErrorCodes.IdNumberMismatch, "The gender does not agree with the ID number.") { Field = "gender" };
    }

    public override string ToString() => PersonalDataMask.IdNumber(Value);
}

/// <summary>Mainland mobile numbers: 11 digits starting with 1.</summary>
public static class PhoneNumber
{
    public static string Normalize(string? input, string field = "phone")
    {
        var value = (input ?? "").Trim().Replace(" ", "").Replace("-", "");
        if (value.Length != 11 || value[0] != '1' || !value.All(char.IsAsciiDigit))
            throw new BusinessException(WorkerErrorCodes.InvalidPhone, "The phone must be an 11-digit mobile number.") { Field = field };
        return value;
    }
}
