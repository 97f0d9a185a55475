using System.Globalization;
using Dot.Domain.Analytics;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Storage.Aws.OpenSearch.Reading;

/// <summary>
/// Each <see cref="Metric"/> of a query as a sub-aggregation named <c>m{i}</c> (a count is the bucket's own
/// document count), and its value read back from a bucket. Percentiles are OpenSearch's t-digest estimates and
/// distinct tests a cardinality exact up to 40,000 (decision 0005 expects the tolerance).
/// </summary>
internal sealed class MetricAggregations(IReadOnlyList<Metric> metrics)
{
    public IReadOnlyDictionary<string, Aggregation> Aggregations { get; } = metrics
        .Select((metric, i) => (Name: NameOf(i), Aggregation: Of(metric)))
        .Where(entry => entry.Aggregation is not null)
        .ToDictionary(entry => entry.Name, entry => entry.Aggregation!);

    public IReadOnlyDictionary<Metric, object?> Read(BucketResult bucket) =>
        metrics.Select((metric, i) => (metric, Value: Read(metric, bucket, NameOf(i)))).ToDictionary(entry => entry.metric, entry => entry.Value);

    private static string NameOf(int index) => "m" + index.ToString(CultureInfo.InvariantCulture);

    private static Aggregation? Of(Metric metric) => metric.Kind switch
    {
        MetricKind.Count => null,
        MetricKind.StatusCounts => StatusCounts.Aggregation,
        MetricKind.DistinctTests => new() { Cardinality = new CardinalityAggregation("test_key") },
        MetricKind.Average => new() { Avg = new FieldName(FieldOf(metric)) },
        MetricKind.Percentile => new() { Percentiles = new PercentilesAggregation(FieldOf(metric), [metric.Percentile!.Value * 100]) },
        MetricKind.Min => new() { Min = new FieldName(FieldOf(metric)) },
        MetricKind.Max => new() { Max = new FieldName(FieldOf(metric)) },
        MetricKind.Latest => new()
        {
            Filter = Query.TermOf("has_failure_message", true),
            Aggs = new Dictionary<string, Aggregation>
            {
                ["latest"] = new()
                {
                    TopHits = new TopHitsAggregation(1,
                        [SortOrder.By("ts", descending: true), SortOrder.By("upload", descending: true), SortOrder.By("ordinal", descending: true)],
                        new SourceFilter([FieldOf(metric)])),
                },
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Kind, "Unknown metric."),
    };

    private static object? Read(Metric metric, BucketResult bucket, string name)
    {
        var aggregates = bucket.Aggregates;
        switch (metric.Kind)
        {
            case MetricKind.Count:
                return bucket.DocCount;
            case MetricKind.StatusCounts:
                return StatusCounts.Read(aggregates, name);
            case MetricKind.DistinctTests:
                return (long)(aggregates.Value(name).Value ?? 0);
            case MetricKind.Percentile:
                return aggregates.Get<PercentilesResult>(name).Values.Single().Value;
            case MetricKind.Latest:
                var latest = aggregates.Get<BucketResult>(name).Aggregates.Get<TopHitsResult>("latest").Hits.Hits;
                return latest.Count > 0 && latest[0].Source.TryGetProperty(FieldOf(metric), out var message) ? message.GetString() : null;
            default:
                var value = aggregates.Value(name);
                return metric.Field == MetricField.Timestamp ? Times.Of(value) : value.Value;
        }
    }

    private static string FieldOf(Metric metric) => metric.Field switch
    {
        MetricField.Duration => "duration_ms",
        MetricField.Timestamp => "ts",
        MetricField.FailureMessage => "failure_message",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Field, "Unknown metric field."),
    };
}
