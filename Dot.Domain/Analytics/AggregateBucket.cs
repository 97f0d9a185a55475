using Dot.Domain.Results;

namespace Dot.Domain.Analytics;

/// <summary>
/// One bucket of an <see cref="AggregationQuery"/>'s answer: its start (histograms), its key values in the order of
/// the group-by's fields (group-bys; empty otherwise), and the value of each metric, read with the metric itself.
/// </summary>
public sealed record AggregateBucket(DateTimeOffset? Start, IReadOnlyList<string?> Key, IReadOnlyDictionary<Metric, object?> Values)
{
    /// <summary>A bucket no execution fell into.</summary>
    public static AggregateBucket Empty(DateTimeOffset? start, IEnumerable<Metric> metrics) =>
        new(start, [], metrics.ToDictionary(metric => metric, metric => metric.EmptyValue));

    /// <summary><see cref="MetricKind.Count"/> and <see cref="MetricKind.DistinctTests"/>.</summary>
    public long Count(Metric metric) => Value<long>(metric);

    public TestSummary Statuses(Metric metric) => Value<TestSummary>(metric);

    /// <summary>A number; null when the bucket had no value to compute it from.</summary>
    public double? Number(Metric metric) => Value<double?>(metric);

    public DateTimeOffset? Time(Metric metric) => Value<DateTimeOffset?>(metric);

    public string? Text(Metric metric) => Value<string?>(metric);

    private T Value<T>(Metric metric)
    {
        if (!Values.TryGetValue(metric, out var value))
        {
            throw new KeyNotFoundException($"The query did not ask for metric {metric.Kind}.");
        }
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidOperationException($"Metric {metric.Kind} holds a {value?.GetType().Name}, not a {typeof(T).Name}."),
        };
    }
}
