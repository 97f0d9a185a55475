using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Dot.Domain.Reviews;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Documents;

/// <summary>
/// A review as the reviews index keeps it, under an id made from its tenant, dataset, source and store id (hashed:
/// a store's ids and sources are free text of any length), so storing it again replaces it.
/// </summary>
public sealed record ReviewSource : ITenantDocument
{
    public static IReadOnlyDictionary<string, FieldMapping> Mapping { get; } = new Dictionary<string, FieldMapping>
    {
        ["tenant"] = FieldMapping.Keyword,
        ["dataset"] = FieldMapping.Keyword,
        ["source"] = FieldMapping.Keyword,
        ["review_id"] = FieldMapping.Keyword,
        ["rating"] = FieldMapping.WholeNumber,
        ["reviewed_at"] = FieldMapping.Date,
        ["title"] = FieldMapping.Stored,
        ["text"] = FieldMapping.Stored,
        ["language"] = FieldMapping.Keyword,
        ["app_version"] = FieldMapping.Keyword,
    };

    [JsonPropertyName("tenant")]
    public required string Tenant { get; init; }

    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("review_id")]
    public required string ReviewId { get; init; }

    [JsonPropertyName("rating")]
    public int Rating { get; init; }

    [JsonPropertyName("reviewed_at")]
    public DateTimeOffset ReviewedAt { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("app_version")]
    public string? AppVersion { get; init; }

    /// <summary>The document id (not a field of the document).</summary>
    [JsonIgnore]
    public string Id
    {
        get
        {
            var key = string.Join('\n', Dataset.Length, Dataset, Source.Length, Source, ReviewId);
            return $"{Tenant}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
        }
    }

    public static ReviewSource Of(ReviewDocument review) => new()
    {
        Tenant = review.TenantId,
        Dataset = review.DatasetId,
        Source = review.Source,
        ReviewId = review.ReviewId,
        Rating = review.Rating,
        ReviewedAt = review.ReviewedAt,
        Title = review.Title,
        Text = review.Text,
        Language = review.Language,
        AppVersion = review.AppVersion,
    };
}
