using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>Nested values (an upload's files and counts, a connector's settings) kept as one JSON string attribute.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("A stored JSON value is null.");

    public static T? ReadOrNull<T>(string? json) where T : class => json is null ? null : Read<T>(json);
}
