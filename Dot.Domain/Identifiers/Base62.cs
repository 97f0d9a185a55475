using System.Security.Cryptography;

namespace Dot.Domain.Identifiers;

public static class Base62
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Uniformly random base62 text from a cryptographic source.</summary>
    public static string Random(int length) =>
        RandomNumberGenerator.GetString(Alphabet, length);

    public static bool IsBase62(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
