using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract for aggregations: one bucket, date histograms with every bucket, group-bys with metrics.</summary>
public abstract partial class AnalyticsContract
{
    protected static readonly TimeWindow AroundNoon = new(UploadScope.Noon.AddDays(-1), UploadScope.Noon.AddDays(1));

    protected static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    protected static AnalyticsScope ScopeOf(UploadScope upload) => AnalyticsScope.Of(upload.TenantId, upload.DatasetId);

    protected async Task<AggregateBucket> TotalsAsync(AnalyticsScope scope, ResultFilter? filter = null, TimeWindow? window = null) =>
        Assert.Single(await Reader.QueryAsync(
            new AggregationQuery(scope, window ?? AroundNoon, filter ?? ResultFilter.None, [Metric.StatusCounts]), CancellationToken.None));

    [Fact]
    public async Task Aggregate_WithoutBuckets_CountsFinalExecutionsByStatusInTheWindow()
    {
        var attempt = UploadScope.New().InRun("build-1");
        var retry = attempt.NextUpload();
        await ReplaceAsync(attempt, [
            attempt.Result(TestStatus.Passed, UploadScope.Noon.AddHours(-2), number: 1),
            attempt.Result(TestStatus.Failed, number: 2),
            attempt.Result(TestStatus.Skipped, number: 3),
            attempt.Result(TestStatus.Errored, UploadScope.Noon.AddDays(2), number: 4),
        ]);
        await ReplaceAsync(retry, [retry.Result(TestStatus.Passed, number: 2)]);

        var bucket = await TotalsAsync(ScopeOf(attempt));

        Assert.Equal((null, 0), (bucket.Start, bucket.Key.Count));
        Assert.Equal(new TestSummary(3, 2, 0, 0, 1), bucket.Statuses(Metric.StatusCounts));
    }

    [Fact]
    public async Task Aggregate_DayHistogram_HasEveryBucketOfTheWindow_EmptyOnesToo()
    {
        var upload = UploadScope.New();
        var monday = new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);
        await ReplaceAsync(upload, [
            upload.Result(TestStatus.Passed, monday.AddHours(7), number: 1),
            upload.Result(TestStatus.Failed, monday.AddHours(23), number: 2),
            upload.Result(TestStatus.Passed, monday.AddDays(2).AddHours(12), number: 3),
            upload.Result(TestStatus.Passed, monday.AddHours(5), number: 4), // before the window
        ]);
        var window = new TimeWindow(monday.AddHours(6), monday.AddDays(3).AddHours(6));

        var buckets = await Reader.QueryAsync(
            new AggregationQuery(ScopeOf(upload), window, ResultFilter.None, [Metric.Count, Metric.StatusCounts], new DateHistogram(HistogramInterval.Day)),
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 4).Select(day => (DateTimeOffset?)monday.AddDays(day)), buckets.Select(b => b.Start));
        Assert.Equal([2L, 0L, 1L, 0L], buckets.Select(b => b.Count(Metric.Count)));
        Assert.Equal(new TestSummary(2, 1, 1, 0, 0), buckets[0].Statuses(Metric.StatusCounts));
        Assert.Equal(TestSummary.Empty, buckets[1].Statuses(Metric.StatusCounts));
    }

    [Fact]
    public async Task Aggregate_HistogramWithDurationMetrics_GivesEmptyBucketsNoValue()
    {
        var upload = UploadScope.New();
        var p50 = Metric.DurationPercentile(0.5);
        await ReplaceAsync(upload, [
            upload.Result(TestStatus.Passed, UploadScope.Noon, 1) with { DurationMs = 10 },
            upload.Result(TestStatus.Failed, UploadScope.Noon.AddHours(2), 2) with { DurationMs = 30 },
        ]);

        var buckets = await Reader.QueryAsync(
            new AggregationQuery(ScopeOf(upload), AroundNoon, ResultFilter.None, [Metric.StatusCounts, Metric.AverageDuration, p50, Metric.Min(MetricField.Timestamp)],
                new DateHistogram(HistogramInterval.Day)),
            CancellationToken.None);

        Assert.Equal([UploadScope.Noon.AddDays(-1).Date, UploadScope.Noon.Date, UploadScope.Noon.AddDays(1).Date], buckets.Select(b => b.Start!.Value.UtcDateTime));
        var (empty, day) = (buckets[0], buckets[1]);
        Assert.Equal((TestSummary.Empty, null, null, null), (empty.Statuses(Metric.StatusCounts), empty.Number(Metric.AverageDuration), empty.Number(p50), empty.Time(Metric.Min(MetricField.Timestamp))));
        Assert.Equal((new TestSummary(2, 1, 1, 0, 0), 20.0, 20.0, UploadScope.Noon), (day.Statuses(Metric.StatusCounts), day.Number(Metric.AverageDuration), day.Number(p50), day.Time(Metric.Min(MetricField.Timestamp))));
    }

    [Theory]
    [InlineData(HistogramInterval.Hour, "2025-06-08T23:59:00Z", "2025-06-09T00:00:00Z", "2025-06-08T23:00:00Z", "2025-06-09T00:00:00Z")]
    [InlineData(HistogramInterval.Week, "2025-06-08T23:59:00Z", "2025-06-09T00:00:00Z", "2025-06-02T00:00:00Z", "2025-06-09T00:00:00Z")]
    [InlineData(HistogramInterval.Month, "2025-05-31T23:59:00Z", "2025-06-01T00:00:00Z", "2025-05-01T00:00:00Z", "2025-06-01T00:00:00Z")]
    public async Task Aggregate_Histogram_PutsEachExecutionInTheBucketThatHoldsIt(HistogramInterval interval, string first, string second, string firstBucket, string secondBucket)
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, [upload.Result(TestStatus.Passed, At(first), 1), upload.Result(TestStatus.Failed, At(second), 2)]);
        var window = new TimeWindow(At(first).AddMinutes(-1), At(second).AddMinutes(1));

        var buckets = await Reader.QueryAsync(
            new AggregationQuery(ScopeOf(upload), window, ResultFilter.None, [Metric.StatusCounts], new DateHistogram(interval)), CancellationToken.None);

        Assert.Equal([At(firstBucket), At(secondBucket)], buckets.Select(b => b.Start!.Value));
        Assert.Equal([1L, 1L], buckets.Select(b => b.Statuses(Metric.StatusCounts).Total));
    }

    [Fact]
    public async Task Aggregate_GroupByTest_ComputesDurationMetrics_OrdersByOne_AndKeepsTheSize()
    {
        var upload = UploadScope.New();
        var p50 = Metric.DurationPercentile(0.5);
        var p95 = Metric.DurationPercentile(0.95);
        var max = Metric.Max(MetricField.Duration);
        await ReplaceAsync(upload, [
            .. new[] { 10.0, 20, 30, 40 }.Select(ms => upload.Result(TestStatus.Passed, number: 1) with { DurationMs = ms }),
            .. new[] { 100.0, 200 }.Select(ms => upload.Result(TestStatus.Passed, number: 2) with { DurationMs = ms }),
            upload.Result(TestStatus.Passed, number: 3) with { DurationMs = 5 },
        ]);

        var buckets = await Reader.QueryAsync(
            new AggregationQuery(ScopeOf(upload), AroundNoon, ResultFilter.None, [Metric.Count, p50, p95, max, Metric.AverageDuration],
                groupBy: GroupBy.Test(2, BucketOrder.Descending(p95))),
            CancellationToken.None);

        Assert.Equal([["suite", "Checkout", "test 2"], ["suite", "Checkout", "test 1"]], buckets.Select(b => b.Key));
        var slowest = buckets[0];
        Assert.Equal((2L, 150.0, 195.0, 200.0, 150.0), (slowest.Count(Metric.Count), slowest.Number(p50), slowest.Number(p95), slowest.Number(max), slowest.Number(Metric.AverageDuration)));
        Assert.Equal(25.0, buckets[1].Number(p50));
        Assert.Equal(38.5, buckets[1].Number(p95)!.Value, 9);
    }

    [Fact]
    public async Task Aggregate_GroupByFingerprint_GathersMessagesThatDifferOnlyInValues()
    {
        var upload = UploadScope.New();
        var lastSeen = Metric.Max(MetricField.Timestamp);
        await ReplaceAsync(upload, [
            upload.Result(TestStatus.Failed, UploadScope.Noon, 1) with { FailureMessage = "Timeout after 3012 ms on /tmp/a/b.lock" },
            upload.Result(TestStatus.Errored, UploadScope.Noon.AddHours(2), 2) with { FailureMessage = "Timeout after 2987 ms on /tmp/c/d.lock" },
            upload.Result(TestStatus.Failed, UploadScope.Noon.AddHours(1), 1) with { FailureMessage = "Timeout after 17 ms on /var/x" },
            upload.Result(TestStatus.Failed, UploadScope.Noon.AddHours(3), 3) with { FailureMessage = "expected 1, got 2" },
            upload.Result(TestStatus.Passed, UploadScope.Noon, 4) with { FailureMessage = "Timeout after 1 ms on /x/y" },
        ]);

        var buckets = await Reader.QueryAsync(
            new AggregationQuery(ScopeOf(upload), AroundNoon, new ResultFilter { Statuses = [TestStatus.Failed, TestStatus.Errored] },
                [Metric.Count, Metric.DistinctTests, lastSeen, Metric.LatestFailureMessage],
                groupBy: new GroupBy([ResultField.FailureFingerprint], 10, BucketOrder.Descending(Metric.Count))),
            CancellationToken.None);

        Assert.Equal([["Timeout after <n> ms on <path>"], ["expected <n>, got <n>"]], buckets.Select(b => b.Key));
        var timeouts = buckets[0];
        Assert.Equal((3L, 2L), (timeouts.Count(Metric.Count), timeouts.Count(Metric.DistinctTests)));
        Assert.Equal((UploadScope.Noon.AddHours(2), "Timeout after 2987 ms on /tmp/c/d.lock"), (timeouts.Time(lastSeen)!.Value, timeouts.Text(Metric.LatestFailureMessage)));
    }

    [Theory]
    [InlineData("status", 2)]
    [InlineData("suite", 1)]
    [InlineData("className", 1)]
    [InlineData("environment", 1)]
    [InlineData("run", 1)]
    [InlineData("name", 2)]
    [InlineData("wildcards", 1)]
    [InlineData("injection", 0)]
    [InlineData("all", 1)]
    public async Task Aggregate_Filter_KeepsOnlyMatchingExecutions(string condition, long expected)
    {
        var upload = UploadScope.New();
        var other = upload.NextUpload().InRun("nightly");
        await ReplaceAsync(upload, [
            upload.Result(TestStatus.Passed, number: 1) with { Name = "Pays_By_Card" },
            upload.Result(TestStatus.Failed, number: 2) with { Name = "pays 100%" },
            upload.Result(TestStatus.Errored, number: 3) with { Suite = "api", ClassName = "Orders", Environment = "staging" },
        ]);
        await ReplaceAsync(other, [other.Result(TestStatus.Skipped, number: 4) with { Name = "pays_later" }]);
        var filter = condition switch
        {
            "status" => new ResultFilter { Statuses = [TestStatus.Failed, TestStatus.Errored] },
            "suite" => new ResultFilter { Suite = "api" },
            "className" => new ResultFilter { ClassName = "Orders" },
            "environment" => new ResultFilter { Environment = "staging" },
            "run" => new ResultFilter { Run = "nightly" },
            "name" => new ResultFilter { NameContains = "PAYS_" }, // Pays_By_Card and pays_later, not "pays 100%"
            "wildcards" => new ResultFilter { NameContains = "0%" },
            "injection" => new ResultFilter { NameContains = "' OR 1=1 --", Suite = "x' OR '1'='1" },
            _ => new ResultFilter { Statuses = [TestStatus.Passed], Suite = "suite", ClassName = "Checkout", NameContains = "card", Environment = "ci", Run = upload.UploadId },
        };

        Assert.Equal(expected, (await TotalsAsync(ScopeOf(upload), filter)).Statuses(Metric.StatusCounts).Total);
    }

    [Fact]
    public async Task Aggregate_ReadsOnlyTheScopesTenantAndDatasets()
    {
        var mine = UploadScope.New();
        var myOtherDataset = mine.NextUpload() with { DatasetId = UploadScope.New().DatasetId };
        var theirs = UploadScope.New() with { DatasetId = mine.DatasetId };
        await ReplaceAsync(mine, mine.Results(TestStatus.Passed, 2));
        await ReplaceAsync(myOtherDataset, myOtherDataset.Results(TestStatus.Failed, 3));
        await ReplaceAsync(theirs, theirs.Results(TestStatus.Errored, 4));

        Assert.Equal(new TestSummary(2, 2, 0, 0, 0), (await TotalsAsync(ScopeOf(mine))).Statuses(Metric.StatusCounts));
        Assert.Equal(new TestSummary(5, 2, 3, 0, 0), (await TotalsAsync(AnalyticsScope.Of(mine.TenantId, mine.DatasetId, myOtherDataset.DatasetId))).Statuses(Metric.StatusCounts));
        Assert.Equal(TestSummary.Empty, (await TotalsAsync(AnalyticsScope.Of(mine.TenantId))).Statuses(Metric.StatusCounts));
        Assert.Equal(TestSummary.Empty, (await TotalsAsync(AnalyticsScope.Of(UploadScope.New().TenantId, mine.DatasetId))).Statuses(Metric.StatusCounts));
    }
}
