namespace Dot.Domain.Analytics;

/// <summary>
/// One value computed per bucket. Only meaningful combinations can be made: averages and percentiles of the duration,
/// minimum and maximum of the duration or the time, the latest failure message. Metrics are values: two made alike
/// are equal, so a query's result is read back with the metric that asked for it.
/// </summary>
public sealed record Metric
{
    private Metric(MetricKind kind, MetricField? field = null, double? percentile = null)
    {
        Kind = kind;
        Field = field;
        Percentile = percentile;
    }

    public MetricKind Kind { get; }

    public MetricField? Field { get; }

    /// <summary>For <see cref="MetricKind.Percentile"/>: the fraction below the value, from 0 to 1.</summary>
    public double? Percentile { get; }

    public static Metric Count { get; } = new(MetricKind.Count);

    public static Metric StatusCounts { get; } = new(MetricKind.StatusCounts);

    public static Metric DistinctTests { get; } = new(MetricKind.DistinctTests);

    public static Metric AverageDuration { get; } = new(MetricKind.Average, MetricField.Duration);

    public static Metric LatestFailureMessage { get; } = new(MetricKind.Latest, MetricField.FailureMessage);

    public static Metric DurationPercentile(double fraction) =>
        fraction is >= 0 and <= 1
            ? new(MetricKind.Percentile, MetricField.Duration, fraction)
            : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A percentile is a fraction from 0 to 1.");

    public static Metric Min(MetricField field) => new(MetricKind.Min, Ordered(field));

    public static Metric Max(MetricField field) => new(MetricKind.Max, Ordered(field));

    /// <summary>Whether buckets can be ordered by this metric (it is one number or one time).</summary>
    public bool IsScalar => Kind is not (MetricKind.StatusCounts or MetricKind.Latest);

    /// <summary>The value of this metric over no executions.</summary>
    public object? EmptyValue => Kind switch
    {
        MetricKind.Count or MetricKind.DistinctTests => 0L,
        MetricKind.StatusCounts => Results.TestSummary.Empty,
        _ => null,
    };

    private static MetricField Ordered(MetricField field) =>
        field is MetricField.Duration or MetricField.Timestamp
            ? field
            : throw new ArgumentOutOfRangeException(nameof(field), field, "Minimum and maximum apply to the duration or the time.");
}
