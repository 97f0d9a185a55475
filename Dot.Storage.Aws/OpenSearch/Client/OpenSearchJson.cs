using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>How requests and responses are (de)serialized: properties named by their attributes, nulls left out.</summary>
public static class OpenSearchJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>An instant as OpenSearch's date fields take it: UTC, with every tick (date_nanos keeps them, date keeps milliseconds).</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static T Read<T>(JsonElement element) =>
        element.Deserialize<T>(Options) ?? throw new JsonException($"OpenSearch answered null where a {typeof(T).Name} was expected.");
}
