namespace Dot.Domain.Analytics;

/// <summary>
/// An aggregation over final executions (an execution a later upload of its run repeated never counts): those of
/// <see cref="Scope"/> that ran in <see cref="Window"/> and pass <see cref="Filter"/>, in buckets — by time
/// (<see cref="Histogram"/>), by field values (<see cref="GroupBy"/>), or one bucket for all — with
/// <see cref="Metrics"/> computed per bucket. It says what to compute, not how: SQL adapters translate it to one
/// GROUP BY, a search engine to a bool filter with a date_histogram or terms aggregation and metric sub-aggregations.
/// Answered in bucket order: a histogram's in time order, every one of the window (empty ones too); a group-by's in
/// its order, at most its size.
/// </summary>
public sealed record AggregationQuery : IAnalyticsQuery<IReadOnlyList<AggregateBucket>>, ILimitedQuery
{
    public AggregationQuery(
        AnalyticsScope scope, TimeWindow window, ResultFilter filter, IReadOnlyList<Metric> metrics,
        DateHistogram? histogram = null, GroupBy? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count == 0 || metrics.Distinct().Count() != metrics.Count)
        {
            throw new ArgumentException("Ask for one or more distinct metrics.", nameof(metrics));
        }
        if (histogram is not null && groupBy is not null)
        {
            throw new ArgumentException("Bucket by time or by fields, not both.", nameof(groupBy));
        }
        if (groupBy?.Order.Metric is { } orderBy && (!metrics.Contains(orderBy) || !orderBy.IsScalar))
        {
            throw new ArgumentException("Buckets are ordered by one of the query's numeric or time metrics.", nameof(groupBy));
        }
        (Scope, Window, Filter, Metrics, Histogram, GroupBy) = (scope, window, filter, metrics, histogram, groupBy);
    }

    public AnalyticsScope Scope { get; }

    public TimeWindow Window { get; }

    public ResultFilter Filter { get; }

    public IReadOnlyList<Metric> Metrics { get; }

    public DateHistogram? Histogram { get; }

    public GroupBy? GroupBy { get; }

    public string? Validate(AnalyticsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Check(Window, Histogram) is { } problem)
        {
            return problem;
        }
        if (GroupBy is not null && GroupBy.Size > limits.MaxGroups)
        {
            return $"At most {limits.MaxGroups} groups can be asked for.";
        }
        return Filter.Validate();
    }

    public bool Equals(AggregationQuery? other) =>
        other is not null && Scope == other.Scope && Window == other.Window && Filter == other.Filter
        && ListEquality.Equal(Metrics, other.Metrics) && Histogram == other.Histogram && GroupBy == other.GroupBy;

    public override int GetHashCode() => HashCode.Combine(Scope, Window, Filter, ListEquality.HashOf(Metrics), Histogram, GroupBy);
}
