using System.Security.Cryptography;
using System.Text;

namespace Dot.DevIdentity;

/// <summary>Compares presented secrets with expected ones in constant time (hashing first hides the lengths too).</summary>
internal static class DevSecrets
{
    public static bool Matches(string? presented, string expected)
    {
        Span<byte> left = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> right = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? string.Empty), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), right);
        return CryptographicOperations.FixedTimeEquals(left, right) && presented is not null;
    }
}
