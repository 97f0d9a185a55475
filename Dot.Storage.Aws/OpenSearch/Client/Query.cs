using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>
/// A clause of OpenSearch's query DSL: exactly one property is set, and it serializes as <c>{ "term": { … } }</c>
/// and so on. Made through the factory methods only.
/// </summary>
public sealed record Query
{
    private Query()
    {
    }

    [JsonPropertyName("bool")]
    public BoolQuery? Bool { get; private init; }

    [JsonPropertyName("term")]
    public IReadOnlyDictionary<string, TermValue>? Term { get; private init; }

    [JsonPropertyName("terms")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Terms { get; private init; }

    [JsonPropertyName("range")]
    public IReadOnlyDictionary<string, RangeBounds>? Range { get; private init; }

    [JsonPropertyName("exists")]
    public FieldName? Exists { get; private init; }

    [JsonPropertyName("wildcard")]
    public IReadOnlyDictionary<string, WildcardValue>? Wildcard { get; private init; }

    public static Query TermOf(string field, object value) => new() { Term = new Dictionary<string, TermValue> { [field] = new(value) } };

    /// <summary>Documents whose <paramref name="field"/> is one of <paramref name="values"/>; none for no values.</summary>
    public static Query TermsOf(string field, IEnumerable<string> values) =>
        new() { Terms = new Dictionary<string, IReadOnlyList<string>> { [field] = values.ToList() } };

    public static Query RangeOf(string field, RangeBounds bounds) => new() { Range = new Dictionary<string, RangeBounds> { [field] = bounds } };

    public static Query ExistsOf(string field) => new() { Exists = new FieldName(field) };

    /// <summary>Keyword values holding <paramref name="text"/>, any case; its own <c>*</c>, <c>?</c> and <c>\</c> match only themselves.</summary>
    public static Query Contains(string field, string text)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("?", "\\?", StringComparison.Ordinal);
        return new() { Wildcard = new Dictionary<string, WildcardValue> { [field] = new($"*{escaped}*", CaseInsensitive: true) } };
    }

    /// <summary>Documents every one of <paramref name="filters"/> holds for (a filter context: no scoring).</summary>
    public static Query All(IEnumerable<Query> filters) => new() { Bool = new BoolQuery { Filter = filters.ToList() } };

    public static Query Not(Query query) => new() { Bool = new BoolQuery { MustNot = [query] } };

    public static Query Any(IEnumerable<Query> queries) => new() { Bool = new BoolQuery { Should = queries.ToList(), MinimumShouldMatch = 1 } };
}

public sealed record BoolQuery
{
    [JsonPropertyName("filter")]
    public IReadOnlyList<Query>? Filter { get; init; }

    [JsonPropertyName("must_not")]
    public IReadOnlyList<Query>? MustNot { get; init; }

    [JsonPropertyName("should")]
    public IReadOnlyList<Query>? Should { get; init; }

    [JsonPropertyName("minimum_should_match")]
    public int? MinimumShouldMatch { get; init; }
}

public sealed record TermValue([property: JsonPropertyName("value")] object Value);

public sealed record WildcardValue(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("case_insensitive")] bool CaseInsensitive);

public sealed record FieldName([property: JsonPropertyName("field")] string Field);

/// <summary>The bounds of a range query; dates as <see cref="OpenSearchJson.Date"/> text.</summary>
public sealed record RangeBounds
{
    [JsonPropertyName("gte")]
    public object? Gte { get; init; }

    [JsonPropertyName("gt")]
    public object? Gt { get; init; }

    [JsonPropertyName("lt")]
    public object? Lt { get; init; }

    [JsonPropertyName("lte")]
    public object? Lte { get; init; }
}
