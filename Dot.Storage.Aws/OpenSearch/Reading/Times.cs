using System.Globalization;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>Instants as aggregations answer them: the formatted value when there is one (to the field's precision), else epoch milliseconds.</summary>
internal static class Times
{
    public static DateTimeOffset? Of(ValueResult result) =>
        result.ValueAsString is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : result.Value is { } milliseconds ? DateTimeOffset.UnixEpoch.AddMilliseconds(milliseconds) : null;

    /// <summary>A date histogram bucket's start: its key, epoch milliseconds.</summary>
    public static DateTimeOffset BucketStart(BucketResult bucket) => DateTimeOffset.FromUnixTimeMilliseconds(bucket.Key.GetInt64());
}
