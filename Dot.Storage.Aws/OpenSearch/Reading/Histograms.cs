using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// A trend as one search: <c>date_histogram</c> in UTC calendar units (OpenSearch's weeks start on Monday, as
/// <see cref="DateHistogram"/>'s), <c>min_doc_count</c> 0 and <c>extended_bounds</c> from the window's first bucket to
/// its last, so every bucket is answered; a bucket OpenSearch did not send (none should be) is the empty one.
/// </summary>
internal static class Histograms
{
    private const string Name = "trend";

    public static async Task<IReadOnlyList<TBucket>> ReadAsync<TBucket>(
        TenantIndex index, DocumentKind kind, TrendQuery trend, string field, Query query, IReadOnlyDictionary<string, Aggregation>? metrics,
        Func<DateTimeOffset, BucketResult, TBucket> read, Func<DateTimeOffset, TBucket> empty, CancellationToken cancellationToken)
    {
        var response = await index.SearchAsync(kind, trend.Scope, new SearchRequest
        {
            Query = Query.All([query, ResultConditions.Within(field, trend.Window)]),
            Aggs = new Dictionary<string, Aggregation> { [Name] = new() { DateHistogram = Of(field, trend.Histogram, trend.Window), Aggs = metrics } },
        }, cancellationToken);
        return Fill(trend.Histogram, trend.Window, response.Aggregates.Buckets(Name), read, empty);
    }

    public static DateHistogramAggregation Of(string field, DateHistogram histogram, TimeWindow window)
    {
        var starts = histogram.BucketStarts(window).ToList();
        return new DateHistogramAggregation(field, Interval(histogram.Interval), "UTC", 0,
            new HistogramBounds(OpenSearchJson.Date(starts[0]), OpenSearchJson.Date(starts[^1])));
    }

    public static IReadOnlyList<TBucket> Fill<TBucket>(
        DateHistogram histogram, TimeWindow window, BucketsResult found, Func<DateTimeOffset, BucketResult, TBucket> read, Func<DateTimeOffset, TBucket> empty)
    {
        var byStart = found.Buckets.ToDictionary(Times.BucketStart);
        return histogram.BucketStarts(window)
            .Select(start => byStart.TryGetValue(start, out var bucket) && bucket.DocCount > 0 ? read(start, bucket) : empty(start))
            .ToList();
    }

    private static string Interval(HistogramInterval interval) => interval switch
    {
        HistogramInterval.Hour => "hour",
        HistogramInterval.Day => "day",
        HistogramInterval.Week => "week",
        HistogramInterval.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval."),
    };
}
