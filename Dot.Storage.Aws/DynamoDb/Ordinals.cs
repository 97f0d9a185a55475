using System.Globalization;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>Sort keys that order as their numbers do: zero-padded to a fixed width.</summary>
internal static class Ordinals
{
    public static string Of(long value) => value.ToString("D19", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset time, string id) => $"{Of(time.ToUnixTimeMilliseconds())}#{id}";
}
