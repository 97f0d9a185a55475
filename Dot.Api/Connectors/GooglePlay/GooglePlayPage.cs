using System.Globalization;
using System.Text.Json;
using Dot.Domain.Reviews;

namespace Dot.Api.Connectors.GooglePlay;

/// <summary>
/// One answer of <c>reviews.list</c>: each review's user comment (<c>starRating</c>, <c>text</c>, <c>lastModified</c>
/// as seconds and nanos, language, app version) and <c>tokenPagination.nextPageToken</c>. The author's name is
/// personal data and is not read. Google joins a separate title and body with a tab; they are split again.
/// </summary>
public static class GooglePlayPage
{
    public static ReviewPage Read(byte[] body, string tenantId, string datasetId, string packageName, int maxReviews)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw NotReviews(null);
            }
            var reviews = new List<ReviewDocument>();
            if (root.TryGetProperty("reviews", out var items))
            {
                if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() > maxReviews)
                {
                    throw items.ValueKind == JsonValueKind.Array
                        ? new ConnectorException($"Google Play answered {items.GetArrayLength()} reviews for a page of {maxReviews}; the run stopped and the cursor did not move.")
                        : NotReviews(null);
                }
                reviews.AddRange(items.EnumerateArray().Select(item => Review(item, tenantId, datasetId, packageName)).OfType<ReviewDocument>());
            }
            var next = root.TryGetProperty("tokenPagination", out var paging) && paging.ValueKind == JsonValueKind.Object
                && paging.TryGetProperty("nextPageToken", out var token) && token.ValueKind == JsonValueKind.String
                ? token.GetString() : null;
            return new ReviewPage(body, reviews, string.IsNullOrEmpty(next) ? null : next);
        }
        catch (JsonException exception)
        {
            throw NotReviews(exception);
        }
    }

    private static ReviewDocument? Review(JsonElement item, string tenantId, string datasetId, string packageName)
    {
        if (item.ValueKind != JsonValueKind.Object || Text(item, "reviewId") is not { Length: > 0 } id
            || !item.TryGetProperty("comments", out var comments) || comments.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var comment = comments.EnumerateArray()
            .Where(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("userComment", out var u) && u.ValueKind == JsonValueKind.Object)
            .Select(c => c.GetProperty("userComment"))
            .FirstOrDefault();
        if (comment.ValueKind != JsonValueKind.Object
            || !comment.TryGetProperty("starRating", out var rating) || !rating.TryGetInt32(out var stars)
            || stars is < ReviewDocument.MinRating or > ReviewDocument.MaxRating
            || LastModified(comment) is not { } at)
        {
            return null;
        }
        var (title, text) = TitleAndText(Text(comment, "text"));
        return new ReviewDocument(tenantId, datasetId, "google-play:" + packageName, id, stars, at)
        {
            Title = title,
            Text = text,
            Language = Text(comment, "reviewerLanguage"),
            AppVersion = Text(comment, "appVersionName"),
        };
    }

    /// <summary><c>lastModified</c> is a protobuf Timestamp: <c>seconds</c> (an int64, which JSON carries as a string) and <c>nanos</c>.</summary>
    private static DateTimeOffset? LastModified(JsonElement comment)
    {
        if (!comment.TryGetProperty("lastModified", out var at) || at.ValueKind != JsonValueKind.Object || !at.TryGetProperty("seconds", out var seconds))
        {
            return null;
        }
        var whole = seconds.ValueKind == JsonValueKind.String
            ? long.TryParse(seconds.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : (long?)null
            : seconds.TryGetInt64(out var number) ? number : null;
        var nanos = at.TryGetProperty("nanos", out var n) && n.TryGetInt32(out var value) && value is >= 0 and < 1_000_000_000 ? value : 0;
        return whole is { } s && s is >= -62135596800 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(s).AddTicks(nanos / 100)
            : null;
    }

    private static (string? Title, string? Text) TitleAndText(string? text) =>
        text?.Split('\t', 2) is [var title, var rest] ? (title.Trim(), rest.Trim()) : (null, text?.Trim());

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ConnectorException NotReviews(Exception? innerException) =>
        new("Google Play answered something that is not a list of reviews.", innerException: innerException);
}
