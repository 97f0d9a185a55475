using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>The body of a <c>_search</c>: a query, and either hits (sorted, after a keyset) or aggregations.</summary>
public sealed record SearchRequest
{
    [JsonPropertyName("size")]
    public int Size { get; init; }

    [JsonPropertyName("query")]
    public required Query Query { get; init; }

    [JsonPropertyName("sort")]
    public IReadOnlyList<IReadOnlyDictionary<string, SortOrder>>? Sort { get; init; }

    [JsonPropertyName("search_after")]
    public IReadOnlyList<object>? SearchAfter { get; init; }

    [JsonPropertyName("aggs")]
    public IReadOnlyDictionary<string, Aggregation>? Aggs { get; init; }

    [JsonPropertyName("track_total_hits")]
    public bool TrackTotalHits { get; init; }
}

/// <summary>The body of a <c>_count</c>, <c>_delete_by_query</c> or <c>_update_by_query</c>.</summary>
public sealed record QueryRequest([property: JsonPropertyName("query")] Query Query)
{
    [JsonPropertyName("script")]
    public Script? Script { get; init; }
}

/// <summary>A stored-parameter Painless script of an update by query.</summary>
public sealed record Script(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("lang")] string Lang = "painless");
