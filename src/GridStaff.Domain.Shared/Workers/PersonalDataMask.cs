namespace GridStaff.Workers;

/// <summary>How personal values appear in lists, DTOs and exports: 1101**********1234, 138****5678.</summary>
public static class PersonalDataMask
{
    public static string IdNumber(string idNumber) =>
        idNumber.Length < 8 ? new string('*', idNumber.Length) : idNumber[..4] + new string('*', idNumber.Length - 8) + idNumber[^4..];

    public static string Phone(string phone) =>
        phone.Length < 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
