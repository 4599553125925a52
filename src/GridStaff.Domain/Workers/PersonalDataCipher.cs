namespace GridStaff.Workers;

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

/// <summary>A personal value as stored: cipher text, a keyed hash for uniqueness and exact search, and the masked form.</summary>
public sealed record ProtectedValue(string Cipher, string Hash, string Masked)
{
    public override string ToString() => Masked;
}

/// <summary>Encrypts personal data at rest and hashes it for lookups. Keys come from configuration.</summary>
public interface IPersonalDataCipher
{
    ProtectedValue ProtectIdNumber(ResidentIdNumber idNumber);
    ProtectedValue ProtectPhone(string normalizedPhone);
    string Unprotect(string cipher);

    /// <summary>The keyed hash of a normalised value (upper-case ID number, digits-only phone).</summary>
    string Hash(string value);
}

public class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    /// <summary>
    /// For the demo and the tests only: it is public. A real installation sets its own
    /// <c>PersonalData:Key</c> (32 random bytes, base64) and keeps it out of the repository.
    /// </summary>
    public const string DevelopmentKey = "R3JpZFN0YWZmLWRldmVsb3BtZW50LWtleS1ub3Qtc2VjcmV0IQ==";

    /// <summary>Base64 master key (at least 32 bytes). The cipher and hash keys are derived from it.</summary>
    public string? Key { get; set; }
}

/// <summary>AES-256-GCM for the value, HMAC-SHA256 for the hash; both keys derived from one master key with HKDF.</summary>
public sealed class PersonalDataCipher : IPersonalDataCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Lazy<(byte[] Cipher, byte[] Hash)> _keys;

    public PersonalDataCipher(IOptions<PersonalDataOptions> options) =>
        _keys = new(() => DeriveKeys(options.Value.Key));

    public ProtectedValue ProtectIdNumber(ResidentIdNumber idNumber) =>
        new(Encrypt(idNumber.Value), Hash(idNumber.Value), PersonalDataMask.IdNumber(idNumber.Value));

    public ProtectedValue ProtectPhone(string normalizedPhone) =>
        new(Encrypt(normalizedPhone), Hash(normalizedPhone), PersonalDataMask.Phone(normalizedPhone));

    public string Hash(string value) =>
        Convert.ToBase64String(HMACSHA256.HashData(_keys.Value.Hash, Encoding.UTF8.GetBytes(value)));

    public string Unprotect(string cipher)
    {
        var data = Convert.FromBase64String(cipher);
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_keys.Value.Cipher, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private string Encrypt(string value)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var data = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(data.AsSpan(0, NonceSize));
        using var aes = new AesGcm(_keys.Value.Cipher, TagSize);
        aes.Encrypt(data.AsSpan(0, NonceSize), plain, data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(data);
    }

    private static (byte[], byte[]) DeriveKeys(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
            throw new InvalidOperationException($"{PersonalDataOptions.SectionName}:Key is not configured; personal data cannot be stored.");
        var master = Convert.FromBase64String(key);
        if (master.Length < 32) throw new InvalidOperationException($"{PersonalDataOptions.SectionName}:Key must be at least 32 bytes.");
        return (HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "GridStaff.PersonalData.Cipher"u8.ToArray()),
                HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "GridStaff.PersonalData.Hash"u8.ToArray()));
    }
}
