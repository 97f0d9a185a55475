using System.Text.Json.Serialization;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Documents;

/// <summary>
/// What every document an upload yields holds: its tenant, dataset and upload, its position in the upload (with
/// the upload, its id: <see cref="DocumentIds"/>), when the upload arrived, and whether a later upload superseded it.
/// </summary>
public abstract record UploadSource : ITenantDocument
{
    protected static IReadOnlyDictionary<string, FieldMapping> MappingWith(IReadOnlyDictionary<string, FieldMapping> own) =>
        new Dictionary<string, FieldMapping>(own)
        {
            ["tenant"] = FieldMapping.Keyword,
            ["dataset"] = FieldMapping.Keyword,
            ["upload"] = FieldMapping.Keyword,
            ["ordinal"] = FieldMapping.WholeNumber,
            ["received_at"] = FieldMapping.DateNanos,
            ["superseded"] = FieldMapping.Boolean,
        };

    [JsonPropertyName("tenant")]
    public required string Tenant { get; init; }

    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    [JsonPropertyName("upload")]
    public required string Upload { get; init; }

    [JsonPropertyName("ordinal")]
    public int Ordinal { get; init; }

    [JsonPropertyName("received_at")]
    public DateTimeOffset ReceivedAt { get; init; }

    [JsonPropertyName("superseded")]
    public bool Superseded { get; init; }
}
