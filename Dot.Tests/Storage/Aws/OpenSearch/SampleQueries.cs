using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>One query of every kind the dashboards ask, over fixed ids and a fixed week, so their requests can be snapshotted.</summary>
public static class SampleQueries
{
    public const string Tenant = "ten_acme";
    public const string Dataset = "dst_web";
    public const string OtherDataset = "dst_mobile";

    public static readonly AnalyticsScope Scope = AnalyticsScope.Of(Tenant, Dataset, OtherDataset);

    public static readonly TimeWindow Week = new(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 9, 0, 0, 0, TimeSpan.Zero));

    public static readonly Metric P95 = Metric.DurationPercentile(0.95);

    public static readonly Metric LastSeen = Metric.Max(MetricField.Timestamp);

    public static IReadOnlyDictionary<string, IAnalyticsQuery> All { get; } = new Dictionary<string, IAnalyticsQuery>
    {
        ["TestSummary"] = new TestSummaryQuery(Scope, Week.From, Week.To),
        ["PassRateTrend"] = new AggregationQuery(Scope, Week, new ResultFilter { Suite = "checkout" }, [Metric.StatusCounts], new DateHistogram(HistogramInterval.Day)),
        ["SlowestTests"] = new AggregationQuery(Scope, Week, new ResultFilter { Statuses = [TestStatus.Passed, TestStatus.Failed, TestStatus.Errored] },
            [Metric.Count, Metric.DurationPercentile(0.5), P95, Metric.Max(MetricField.Duration)], groupBy: GroupBy.Test(10, BucketOrder.Descending(P95))),
        ["TopFailures"] = new AggregationQuery(Scope, Week, new ResultFilter { Statuses = [TestStatus.Failed, TestStatus.Errored], NameContains = "50%_off*" },
            [Metric.Count, Metric.DistinctTests, LastSeen, Metric.LatestFailureMessage],
            groupBy: new GroupBy([ResultField.FailureFingerprint], 10, BucketOrder.Descending(Metric.Count))),
        ["Overall"] = new AggregationQuery(Scope, Week, new ResultFilter { Environment = "ci", Run = "nightly-7" }, [Metric.AverageDuration, Metric.Min(MetricField.Timestamp)]),
        ["TestResults"] = new TestResultSearch(Scope, Week, new ResultFilter { ClassName = "Cart" }, ResultSort.Newest, 25,
            new TestResultCursor(ResultSort.Newest, "upl_9", 41, new DateTimeOffset(2025, 6, 3, 10, 15, 30, 123, TimeSpan.Zero).AddTicks(4567), null, null)),
        ["TestRuns"] = new TestRunsQuery(AnalyticsScope.Of(Tenant, Dataset), 20, new TestRunCursor(new DateTimeOffset(2025, 6, 4, 8, 0, 0, TimeSpan.Zero), "nightly-9")),
        ["FlakyTests"] = new FlakyTestsQuery(Scope, Week, 10),
        ["WorkItems"] = new WorkItemsQuery(AnalyticsScope.Of(Tenant, Dataset), WorkItemType.Story, 50, "SHOP-120"),
        ["DefectSummary"] = new DefectSummaryQuery(Scope, Week, DefectGroupField.Component, 20),
        ["DefectAging"] = new DefectAgingQuery(Scope, Week.To),
        ["Throughput"] = new WorkItemThroughputQuery(Scope, Week, new DateHistogram(HistogramInterval.Week), WorkItemType.Defect),
        ["RatingTrend"] = new RatingTrendQuery(Scope, Week, new DateHistogram(HistogramInterval.Day)),
    };

    /// <summary>Asks <paramref name="query"/> through the reader, whatever its answer type.</summary>
    public static Task AskAsync(IAnalyticsReader reader, IAnalyticsQuery query) => query switch
    {
        TestSummaryQuery q => reader.QueryAsync(q, CancellationToken.None),
        AggregationQuery q => reader.QueryAsync(q, CancellationToken.None),
        TestResultSearch q => reader.QueryAsync(q, CancellationToken.None),
        TestRunsQuery q => reader.QueryAsync(q, CancellationToken.None),
        FlakyTestsQuery q => reader.QueryAsync(q, CancellationToken.None),
        WorkItemsQuery q => reader.QueryAsync(q, CancellationToken.None),
        DefectSummaryQuery q => reader.QueryAsync(q, CancellationToken.None),
        DefectAgingQuery q => reader.QueryAsync(q, CancellationToken.None),
        WorkItemThroughputQuery q => reader.QueryAsync(q, CancellationToken.None),
        RatingTrendQuery q => reader.QueryAsync(q, CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.GetType().Name, "No sample for this query type."),
    };
}
