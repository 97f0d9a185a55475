using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>A composable index template: the index name patterns it applies to, their settings and their strict mapping.</summary>
public sealed record IndexTemplate(
    [property: JsonPropertyName("index_patterns")] IReadOnlyList<string> IndexPatterns,
    [property: JsonPropertyName("template")] IndexTemplateBody Template,
    [property: JsonPropertyName("priority")] int Priority = 100);

public sealed record IndexTemplateBody(
    [property: JsonPropertyName("settings")] IndexSettings Settings,
    [property: JsonPropertyName("mappings")] IndexMappings Mappings);

public sealed record IndexSettings([property: JsonPropertyName("refresh_interval")] string RefreshInterval);

/// <summary>Explicit fields only: <c>dynamic: strict</c> refuses a document with a field the mapping does not name.</summary>
public sealed record IndexMappings(
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, FieldMapping> Properties,
    [property: JsonPropertyName("dynamic")] string Dynamic = "strict");

/// <summary>One field's type; a field kept only to be returned is neither indexed nor given doc values.</summary>
public sealed record FieldMapping([property: JsonPropertyName("type")] string Type)
{
    [JsonPropertyName("index")]
    public bool? Index { get; init; }

    [JsonPropertyName("doc_values")]
    public bool? DocValues { get; init; }

    public static FieldMapping Keyword { get; } = new("keyword");

    public static FieldMapping Boolean { get; } = new("boolean");

    public static FieldMapping WholeNumber { get; } = new("integer");

    public static FieldMapping Number { get; } = new("double");

    /// <summary>An instant to the nanosecond (1970 to 2262): what windows and keysets compare to the tick.</summary>
    public static FieldMapping DateNanos { get; } = new("date_nanos");

    /// <summary>An instant to the millisecond, any year.</summary>
    public static FieldMapping Date { get; } = new("date");

    /// <summary>Text kept in the source to be returned, not searchable or aggregatable (no length limit).</summary>
    public static FieldMapping Stored { get; } = new("keyword") { Index = false, DocValues = false };
}
