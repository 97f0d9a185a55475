using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>What a <c>_search</c> answers: the hits and the aggregations, each read by name with <see cref="Aggregates"/>.</summary>
public sealed record SearchResponse(
    [property: JsonPropertyName("hits")] HitsResponse Hits,
    [property: JsonPropertyName("aggregations")] IReadOnlyDictionary<string, JsonElement>? Aggregations)
{
    public Aggregates Aggregates => new(Aggregations);
}

public sealed record HitsResponse([property: JsonPropertyName("hits")] IReadOnlyList<Hit> Hits);

public sealed record Hit(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("_source")] JsonElement Source,
    [property: JsonPropertyName("sort")] IReadOnlyList<JsonElement>? Sort);

/// <summary>Named aggregation results, each read as the shape its kind answers in.</summary>
public sealed class Aggregates(IReadOnlyDictionary<string, JsonElement>? results)
{
    public T Get<T>(string name) =>
        results is not null && results.TryGetValue(name, out var element)
            ? OpenSearchJson.Read<T>(element)
            : throw new JsonException($"OpenSearch's answer has no aggregation '{name}'.");

    public BucketsResult Buckets(string name) => Get<BucketsResult>(name);

    public ValueResult Value(string name) => Get<ValueResult>(name);

    /// <summary>The documents counted by a single-bucket (<c>filter</c>) aggregation.</summary>
    public long Count(string name) => Get<BucketResult>(name).DocCount;
}

/// <summary>A multi-bucket aggregation (terms, date_histogram, composite with its <see cref="AfterKey"/>).</summary>
public sealed record BucketsResult(
    [property: JsonPropertyName("buckets")] IReadOnlyList<BucketResult> Buckets,
    [property: JsonPropertyName("after_key")] IReadOnlyDictionary<string, JsonElement>? AfterKey);

/// <summary>One bucket: its key (a value, or an object of a composite's sources), its count and its sub-aggregations.</summary>
public sealed record BucketResult
{
    [JsonPropertyName("key")]
    public JsonElement Key { get; init; }

    [JsonPropertyName("key_as_string")]
    public string? KeyAsString { get; init; }

    [JsonPropertyName("doc_count")]
    public long DocCount { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? SubAggregations { get; init; }

    public Aggregates Aggregates => new(SubAggregations);

    /// <summary>A composite key's source <paramref name="name"/> as text; null for the missing bucket.</summary>
    public string? KeyOf(string name) =>
        Key.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}

/// <summary>A <c>filters</c> aggregation's buckets by filter name.</summary>
public sealed record FiltersResult([property: JsonPropertyName("buckets")] IReadOnlyDictionary<string, BucketResult> Buckets);

/// <summary>A single-value metric (avg, min, max, sum, cardinality); null over no documents.</summary>
public sealed record ValueResult(
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("value_as_string")] string? ValueAsString);

public sealed record PercentilesResult([property: JsonPropertyName("values")] IReadOnlyList<PercentileValue> Values);

public sealed record PercentileValue([property: JsonPropertyName("key")] double Key, [property: JsonPropertyName("value")] double? Value);

public sealed record TopHitsResult([property: JsonPropertyName("hits")] HitsResponse Hits);

public sealed record CountResponse([property: JsonPropertyName("count")] long Count);

/// <summary>What a delete or update by query did.</summary>
public sealed record ByQueryResponse(
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("deleted")] long Deleted,
    [property: JsonPropertyName("updated")] long Updated,
    [property: JsonPropertyName("failures")] IReadOnlyList<JsonElement>? Failures);

/// <summary>The error body OpenSearch answers a refused request with.</summary>
public sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorCause? Error);

public sealed record ErrorCause(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("reason")] string? Reason);
