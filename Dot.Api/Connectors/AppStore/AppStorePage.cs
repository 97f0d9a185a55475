using System.Globalization;
using System.Text.Json;
using Dot.Domain.Reviews;

namespace Dot.Api.Connectors.AppStore;

/// <summary>One page of <c>customerReviews</c>: its reviews (newest first) and the <c>links.next</c> URL, if any.</summary>
public sealed record AppStorePage(IReadOnlyList<ReviewDocument> Reviews, Uri? Next)
{
    public static AppStorePage Read(byte[] body, string tenantId, string datasetId, string appId)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                throw NotReviews(null);
            }
            var reviews = new List<ReviewDocument>();
            foreach (var item in data.EnumerateArray())
            {
                if (item.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object
                    && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && attributes.TryGetProperty("rating", out var rating) && rating.TryGetInt32(out var stars)
                    && stars is >= ReviewDocument.MinRating and <= ReviewDocument.MaxRating
                    && Text(attributes, "createdDate") is { } created
                    && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    reviews.Add(new ReviewDocument(tenantId, datasetId, "app-store:" + appId, id.GetString()!, stars, at)
                    {
                        Title = Text(attributes, "title"),
                        Text = Text(attributes, "body"),
                    });
                }
            }
            var next = root.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Object ? Text(links, "next") : null;
            return new AppStorePage(reviews, next is not null && Uri.TryCreate(next, UriKind.Absolute, out var uri) ? uri : null);
        }
        catch (JsonException exception)
        {
            throw NotReviews(exception);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ConnectorException NotReviews(Exception? innerException) =>
        new("App Store Connect answered something that is not a list of customer reviews.", innerException: innerException);
}
