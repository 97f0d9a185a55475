using System.Text.Json.Serialization;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>A bulk action line: index (create or overwrite) one document under its id, routed by its tenant.</summary>
public sealed record BulkAction([property: JsonPropertyName("index")] BulkTarget Index);

public sealed record BulkTarget(
    [property: JsonPropertyName("_index")] string Index,
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("routing")] string Routing);

/// <summary>What a <c>_bulk</c> answers: whether any item failed, and each item's outcome in request order.</summary>
public sealed record BulkResponse(
    [property: JsonPropertyName("errors")] bool Errors,
    [property: JsonPropertyName("items")] IReadOnlyList<IReadOnlyDictionary<string, BulkItemResult>> Items);

public sealed record BulkItemResult(
    [property: JsonPropertyName("_id")] string? Id,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("error")] ErrorCause? Error);

/// <summary>One document of a bulk batch: its action line and its source line, each without the newline.</summary>
public sealed record BulkLine(byte[] Action, byte[] Source)
{
    public int Length => Action.Length + Source.Length + 2;
}
