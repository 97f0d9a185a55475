using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Dot.Domain.Identifiers;

namespace Dot.Domain.Tokens;

/// <summary>
/// Bearer secrets in the form <c>prefix + 32 random bytes in base62 (43 chars) + checksum (6 chars)</c>.
/// The prefix makes a leaked token recognisable; the checksum lets anyone verify its shape offline.
/// Only <see cref="Hash"/> of a token is ever stored.
/// </summary>
public static class SecretToken
{
    private const int RandomBytes = 32;
    private const int BodyLength = 43;
    private const int ChecksumLength = 6;
    private const int DisplayedSecretChars = 4;

    public static string Generate(string prefix)
    {
        var body = EncodeBase62(RandomNumberGenerator.GetBytes(RandomBytes), BodyLength);
        return prefix + body + Checksum(prefix, body);
    }

    /// <summary>True when <paramref name="token"/> has the prefix, the length, the alphabet and a matching checksum.</summary>
    public static bool IsWellFormed(string? token, string prefix)
    {
        if (token is null || token.Length != prefix.Length + BodyLength + ChecksumLength || !token.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = token.AsSpan(prefix.Length);
        if (!Base62.IsBase62(rest))
        {
            return false;
        }
        var body = rest[..BodyLength].ToString();
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Checksum(prefix, body)),
            Encoding.ASCII.GetBytes(rest[BodyLength..].ToString()));
    }

    /// <summary>The SHA-256 of the token, lower-case hex: the only form a token is stored in.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The part of a token that may be shown again: the prefix and the first few secret characters.</summary>
    public static string DisplayPrefix(string token, string prefix) =>
        token[..(prefix.Length + DisplayedSecretChars)];

    private static string Checksum(string prefix, string body)
    {
        var digest = SHA256.HashData(Encoding.ASCII.GetBytes(prefix + body));
        return EncodeBase62(digest.AsSpan(0, 4).ToArray(), ChecksumLength);
    }

    private static string EncodeBase62(byte[] bytes, int length)
    {
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var chars = new char[length];
        for (var i = length - 1; i >= 0; i--)
        {
            value = BigInteger.DivRem(value, 62, out var digit);
            chars[i] = Base62.Alphabet[(int)digit];
        }
        return new string(chars);
    }
}
