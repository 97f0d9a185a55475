namespace Dot.Domain.Identifiers;

/// <summary>Random, opaque identifiers: a short type prefix and 20 base62 characters (~119 bits).</summary>
public static class OpaqueId
{
    private const int RandomLength = 20;

    public static string New(string prefix) =>
        $"{prefix}_{Base62.Random(RandomLength)}";

    public static bool HasPrefix(string? id, string prefix) =>
        id is not null
        && id.Length == prefix.Length + 1 + RandomLength
        && id.StartsWith(prefix + "_", StringComparison.Ordinal)
        && Base62.IsBase62(id.AsSpan(prefix.Length + 1));
}
