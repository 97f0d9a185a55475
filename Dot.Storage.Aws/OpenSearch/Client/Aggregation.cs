using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>
/// An aggregation of OpenSearch's DSL: exactly one kind is set, with optional sub-aggregations (<see cref="Aggs"/>).
/// </summary>
public sealed record Aggregation
{
    [JsonPropertyName("terms")]
    public TermsAggregation? Terms { get; init; }

    [JsonPropertyName("composite")]
    public CompositeAggregation? Composite { get; init; }

    [JsonPropertyName("date_histogram")]
    public DateHistogramAggregation? DateHistogram { get; init; }

    [JsonPropertyName("filter")]
    public Query? Filter { get; init; }

    [JsonPropertyName("filters")]
    public FiltersAggregation? Filters { get; init; }

    [JsonPropertyName("percentiles")]
    public PercentilesAggregation? Percentiles { get; init; }

    [JsonPropertyName("avg")]
    public FieldName? Avg { get; init; }

    [JsonPropertyName("sum")]
    public FieldName? Sum { get; init; }

    [JsonPropertyName("min")]
    public FieldName? Min { get; init; }

    [JsonPropertyName("max")]
    public FieldName? Max { get; init; }

    [JsonPropertyName("cardinality")]
    public CardinalityAggregation? Cardinality { get; init; }

    [JsonPropertyName("top_hits")]
    public TopHitsAggregation? TopHits { get; init; }

    [JsonPropertyName("aggs")]
    public IReadOnlyDictionary<string, Aggregation>? Aggs { get; init; }
}

public sealed record TermsAggregation([property: JsonPropertyName("field")] string Field, [property: JsonPropertyName("size")] int Size);

/// <summary>Every bucket of its sources, a page at a time after <see cref="After"/>; a source with <c>missing_bucket</c> keys documents without a value as null.</summary>
public sealed record CompositeAggregation(
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("sources")] IReadOnlyList<IReadOnlyDictionary<string, CompositeSource>> Sources,
    [property: JsonPropertyName("after")] IReadOnlyDictionary<string, object?>? After = null);

public sealed record CompositeSource([property: JsonPropertyName("terms")] CompositeTerms Terms)
{
    public static IReadOnlyDictionary<string, CompositeSource> Of(string name, string field) =>
        new Dictionary<string, CompositeSource> { [name] = new(new CompositeTerms(field, MissingBucket: true)) };
}

public sealed record CompositeTerms(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("missing_bucket")] bool MissingBucket);

/// <summary>Calendar buckets in a time zone, every one between the bounds answered (<c>min_doc_count</c> 0).</summary>
public sealed record DateHistogramAggregation(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("calendar_interval")] string CalendarInterval,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("min_doc_count")] int MinDocCount,
    [property: JsonPropertyName("extended_bounds")] HistogramBounds ExtendedBounds);

public sealed record HistogramBounds([property: JsonPropertyName("min")] string Min, [property: JsonPropertyName("max")] string Max);

public sealed record FiltersAggregation([property: JsonPropertyName("filters")] IReadOnlyDictionary<string, Query> Filters);

/// <summary>Percentiles of a field, <see cref="Percents"/> from 0 to 100, answered as a list (<c>keyed</c> false).</summary>
public sealed record PercentilesAggregation(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("percents")] IReadOnlyList<double> Percents,
    [property: JsonPropertyName("keyed")] bool Keyed = false);

/// <summary>Distinct values, exact up to <see cref="PrecisionThreshold"/> (OpenSearch's maximum is 40,000).</summary>
public sealed record CardinalityAggregation(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("precision_threshold")] int PrecisionThreshold = 40_000);

public sealed record TopHitsAggregation(
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("sort")] IReadOnlyList<IReadOnlyDictionary<string, SortOrder>> Sort,
    [property: JsonPropertyName("_source")] SourceFilter Source);

public sealed record SourceFilter([property: JsonPropertyName("includes")] IReadOnlyList<string> Includes);

public sealed record SortOrder([property: JsonPropertyName("order")] string Order)
{
    public static IReadOnlyDictionary<string, SortOrder> By(string field, bool descending) =>
        new Dictionary<string, SortOrder> { [field] = new(descending ? "desc" : "asc") };
}
