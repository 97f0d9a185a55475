using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>Attribute values in and out of items: strings, numbers, booleans, binaries, and times as round-trip strings.</summary>
internal static class Attributes
{
    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Bool(bool value) => new() { BOOL = value };

    public static AttributeValue Binary(ReadOnlyMemory<byte> value) => new() { B = new MemoryStream(value.ToArray()) };

    public static AttributeValue Time(DateTimeOffset value) => S(value.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Adds the attribute when the value is there; DynamoDB has no use for empty attributes.</summary>
    public static Dictionary<string, AttributeValue> With(this Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = S(value);
        }
        return item;
    }

    public static Dictionary<string, AttributeValue> With(this Dictionary<string, AttributeValue> item, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            item[name] = Time(time);
        }
        return item;
    }

    public static string Str(this Dictionary<string, AttributeValue> item, string name) =>
        item.StrOrNull(name) ?? throw new InvalidOperationException($"A stored item has no '{name}'.");

    public static string? StrOrNull(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? value.S : null;

    public static long Long(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 0;

    public static long? LongOrNull(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : null;

    public static bool Flag(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.BOOL == true;

    public static byte[] Bytes(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.B is { } stream ? stream.ToArray() : [];

    public static DateTimeOffset Time(this Dictionary<string, AttributeValue> item, string name) =>
        item.TimeOrNull(name) ?? throw new InvalidOperationException($"A stored item has no '{name}'.");

    public static DateTimeOffset? TimeOrNull(this Dictionary<string, AttributeValue> item, string name) =>
        item.StrOrNull(name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;

    public static DateTimeOffset? MillisecondsOrNull(this Dictionary<string, AttributeValue> item, string name) =>
        item.LongOrNull(name) is { } millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null;
}
