using System.Globalization;
using Dot.Domain.Analytics;
using Dot.Domain.Identifiers;
using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// The rollups give the answers one scan of the results gives: two stores take the same writes
/// (<see cref="RollupWorkload"/>), one answering from its rollups, the other scanning, and every dashboard query
/// over many windows and scopes must agree, after every phase of writes, both while the days written are stale
/// (decision 0018: the rollup store computes them again only when a test asks) and once computed, after a file from
/// before the rollups is opened, and never across tenants.
/// </summary>
public sealed class DuckDbRollupTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset First = RollupWorkload.FirstDay;

    /// <summary>The top failures ranked by each number they carry, either way, and by fingerprint, so that a cut at the limit and its ties are compared too.</summary>
    private static readonly BucketOrder[] RankedFailureMetrics =
        [.. new[] { Metric.Count, Metric.DistinctTests, Metric.Max(MetricField.Timestamp) }.SelectMany(m => new[] { BucketOrder.Descending(m), new BucketOrder(m, SortDirection.Ascending) }), BucketOrder.ByKey];

    private readonly TempFolder _rollupFolder = new();
    private readonly TempFolder _scanFolder = new();
    private DuckDbAnalyticsStore _rollups = null!;
    private DuckDbAnalyticsStore _scans = null!;

    public Task InitializeAsync()
    {
        _rollups = Open(_rollupFolder, rollups: true);
        _scans = Open(_scanFolder, rollups: false);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _rollups.DisposeAsync();
        await _scans.DisposeAsync();
    }

    public void Dispose()
    {
        _rollupFolder.Dispose();
        _scanFolder.Dispose();
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task EveryDashboardQuery_AnswersAsOneScan_ThroughSupersessionRetriesDeletesAndShuffledDays(int seed, bool inTimeOrder)
    {
        var (tenant, other) = (OpaqueId.New("ten"), OpaqueId.New("ten"));
        var shared = OpaqueId.New("dst");
        (string, string)[] datasets = [(tenant, shared), (tenant, OpaqueId.New("dst")), (other, shared)];
        var writes = new RollupWorkload(seed, inTimeOrder).Writes(datasets);

        for (var phase = 0; phase < 3; phase++)
        {
            foreach (var write in writes.Skip(phase * writes.Count / 3).Take(writes.Count / 3 + 1))
            {
                await WriteAsync(_rollups, write);
                await WriteAsync(_scans, write);
            }
            await AssertSameAnswersAsync(datasets);
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public async Task FlakyTests_OfTestsThatRunOnSomeDaysOnly_AnswerAsOneScan(int seed)
    {
        // The rollup reader finds the days a test ran before and after a failing day; here many days have no run of it.
        var random = new Random(seed);
        var upload = UploadScope.New();
        for (var day = 0; day < 20; day++)
        {
            for (var run = random.Next(3) == 0 ? 0 : random.Next(1, 4); run > 0; run--)
            {
                upload = upload.NextUpload();
                var at = First.AddDays(day).AddHours(24 - 6 * run);
                var results = Enumerable.Range(0, 4).Where(_ => random.Next(3) > 0)
                    .Select(test => upload.Result(random.Next(10) switch { < 5 => TestStatus.Passed, < 9 => TestStatus.Failed, _ => TestStatus.Skipped }, at, test))
                    .ToList();
                await _rollups.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
                await _scans.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
            }
        }
        var scope = AnalyticsScope.Of(upload.TenantId, upload.DatasetId);

        Assert.NotEmpty(await _scans.QueryAsync(new FlakyTestsQuery(scope, new(First, First.AddDays(20)), 50), CancellationToken.None));
        await BeforeAndAfterRefreshAsync(async () =>
        {
            foreach (var window in new TimeWindow[] { new(First.AddDays(-1), First.AddDays(21)), new(First.AddDays(3), First.AddDays(17)), new(First.AddDays(2).AddHours(9), First.AddDays(15).AddHours(13)) })
            {
                await SameAsync(new FlakyTestsQuery(scope, window, 50), tests => string.Join("\n", tests));
            }
        });
    }

    [Fact]
    public async Task FlakyTests_InWindowsThatCutDaysOfManyRuns_AnswerAsOneScan()
    {
        // Edges are computed from the results, one select per edge: cut between runs and through a run's executions.
        var random = new Random(9);
        var upload = UploadScope.New();
        for (var day = 0; day < 6; day++)
        {
            for (var run = 0; run < 8; run++)
            {
                upload = upload.NextUpload();
                var start = First.AddDays(day).AddHours(1 + 3 * run);
                var results = Enumerable.Range(0, 5)
                    .Select(test => upload.Result(random.Next(4) == 0 ? TestStatus.Failed : TestStatus.Passed, start.AddMinutes(10 * test), test) with { Flaky = random.Next(25) == 0 })
                    .ToList();
                await _rollups.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
                await _scans.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
            }
        }
        var scope = AnalyticsScope.Of(upload.TenantId, upload.DatasetId);

        Assert.NotEmpty(await _scans.QueryAsync(new FlakyTestsQuery(scope, new(First, First.AddDays(6)), 50), CancellationToken.None));
        await BeforeAndAfterRefreshAsync(async () =>
        {
            foreach (var (from, to) in new[] { (7.5, 4.0), (1.0, 13.6), (22.9, 0.5), (4.2, 10.35), (0.0, 13.6) })
            {
                // Edges on two days around whole days, across one midnight without a whole day, and inside one day.
                foreach (var window in new TimeWindow[] { new(First.AddDays(1).AddHours(from), First.AddDays(4).AddHours(to)), new(First.AddDays(2).AddHours(from), First.AddDays(3).AddHours(to)), new(First.AddDays(2).AddHours(from), First.AddDays(2).AddHours(from + 0.75)) })
                {
                    await SameAsync(new FlakyTestsQuery(scope, window, 50), tests => string.Join("\n", tests));
                }
            }
        });
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task DaysAddedToInTimeOrder_AndWindowsEndingAfterTheirLatestExecution_AnswerAsOneScan(int seed)
    {
        // Each round's runs are later on their day than the last refresh's: those days keep their rollup rows and
        // only the runs added are read from the results (decision 0020), and so is the last day of a window ending
        // after its latest execution; the refresh merges the runs added into the rows, which must be the rows computed
        // at once. A test's runs on either side of that line make its flaky sequence.
        var random = new Random(seed);
        var upload = UploadScope.New();
        var scope = AnalyticsScope.Of(upload.TenantId, upload.DatasetId);
        for (var round = 0; round < 3; round++)
        {
            for (var day = 0; day < 4; day++)
            {
                for (var run = 0; run < 3; run++)
                {
                    upload = upload.NextUpload();
                    var start = First.AddDays(day).AddHours(1 + 7 * round + 2 * run);
                    var results = Enumerable.Range(0, 5).Where(_ => random.Next(4) > 0)
                        .Select(test => upload.Result(random.Next(10) switch { < 5 => TestStatus.Passed, < 9 => TestStatus.Failed, _ => TestStatus.Skipped }, start.AddMinutes(10 * test), test) with { Flaky = random.Next(30) == 0 })
                        .ToList();
                    await _rollups.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
                    await _scans.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
                }
            }
            TimeWindow[] windows =
            [
                new(First, First.AddDays(4)),
                new(First.AddDays(1), First.AddDays(3).AddHours(21)),
                new(First.AddDays(1).AddHours(9), First.AddDays(3).AddHours(23)),
                new(First.AddDays(1), First.AddDays(3).AddHours(2 + 7 * round)),
                new(First.AddDays(2), First.AddDays(2).AddHours(22)),
            ];
            Assert.NotEmpty(await _scans.QueryAsync(new FlakyTestsQuery(scope, windows[0], 50), CancellationToken.None));
            await BeforeAndAfterRefreshAsync(() => AssertSameAnswersNowAsync([(upload.TenantId, upload.DatasetId)], windows));
            await AssertStoredRowsAreComputedAtOnceAsync(upload.TenantId);
        }
    }

    [Fact]
    public async Task ADayOfMoreResultsThanOnePartHolds_IsRolledUpInParts_AsAtOnce()
    {
        // 210,000 results on one day: the refresh rolls its tests up in two parts (by test hash), each exact.
        var random = new Random(12);
        var upload = UploadScope.New();
        for (var run = 0; run < 3; run++)
        {
            upload = upload.NextUpload();
            var at = First.AddHours(2 + run);
            var results = Enumerable.Range(0, 70_000)
                .Select(test => upload.Result(random.Next(20) == 0 ? TestStatus.Failed : TestStatus.Passed, at, test) with { DurationMs = random.Next(1, 5000) })
                .ToList();
            await _rollups.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
            await _scans.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
        }
        await _rollups.RefreshRollupsAsync(CancellationToken.None);

        var (scope, day) = (AnalyticsScope.Of(upload.TenantId, upload.DatasetId), new TimeWindow(First, First.AddDays(1)));
        await SameAsync(new TestSummaryQuery(scope, day.From, day.To), Summary);
        await SameAsync(new FlakyTestsQuery(scope, day, 20), tests => string.Join("\n", tests));
        await SameAsync(TopFailures(scope, day), Buckets);
        await SameAsync(Slowest(scope, day, 10), Buckets);
        await AssertStoredRowsAreComputedAtOnceAsync(upload.TenantId);
    }

    [Fact]
    public async Task AFileFromBeforeTheRollups_IsRolledUpWhenOpened()
    {
        var tenant = OpaqueId.New("ten");
        (string, string)[] datasets = [(tenant, OpaqueId.New("dst")), (tenant, OpaqueId.New("dst"))];
        foreach (var write in new RollupWorkload(4).Writes(datasets))
        {
            await WriteAsync(_rollups, write);
            await WriteAsync(_scans, write);
        }

        await _rollups.DisposeAsync();
        DropRollups(_rollupFolder);
        _rollups = Open(_rollupFolder, rollups: true);

        await AssertSameAnswersAsync(datasets);
    }

    /// <summary>
    /// Whatever order the writes come in, the stored rows must be those computed from the results at once, column for
    /// column (the duration sum to a millionth: parallel sums add in another order).
    /// </summary>
    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public async Task TheStoredRollups_AreTheRowsComputedAtOnceFromTheResults(int seed, bool inTimeOrder)
    {
        var tenant = OpaqueId.New("ten");
        foreach (var write in new RollupWorkload(seed, inTimeOrder).Writes([(tenant, OpaqueId.New("dst")), (tenant, OpaqueId.New("dst"))]))
        {
            await WriteAsync(_rollups, write);
        }
        await AssertStoredRowsAreComputedAtOnceAsync(tenant);
    }

    /// <summary>
    /// Uploads queued for the writer are written together (decision 0017): within a group, in order, each supersedes
    /// and replaces what the ones before it stored, and the days are rolled up once at the end, as if one at a time.
    /// </summary>
    [Theory]
    [InlineData(9, false, 2)]
    [InlineData(10, true, 6)]
    public async Task UploadsWrittenTogether_AnswerAsOneScan_AndStoreTheRowsComputedAtOnce(int seed, bool inTimeOrder, int groupSize)
    {
        var tenant = OpaqueId.New("ten");
        (string, string)[] datasets = [(tenant, OpaqueId.New("dst")), (tenant, OpaqueId.New("dst"))];
        foreach (var group in Groups(new RollupWorkload(seed, inTimeOrder).Writes(datasets), groupSize))
        {
            if (group is [{ Results: null } delete])
            {
                await WriteAsync(_rollups, delete);
            }
            else
            {
                await Task.WhenAll(await WriterHold.WriteTogetherAsync(_rollups, group.Select(write =>
                    (Func<Task<long>>)(() => _rollups.ReplaceUploadResultsAsync(write.TenantId, write.UploadId, write.Results!, CancellationToken.None)))));
            }
            foreach (var write in group)
            {
                await WriteAsync(_scans, write);
            }
        }

        await AssertSameAnswersAsync(datasets);
        await AssertStoredRowsAreComputedAtOnceAsync(tenant);
    }

    [Fact]
    public async Task AFailureRollupWithoutTestHashes_GetsThemWhenOpened()
    {
        var tenant = OpaqueId.New("ten");
        (string, string)[] datasets = [(tenant, OpaqueId.New("dst"))];
        foreach (var write in new RollupWorkload(7).Writes(datasets))
        {
            await WriteAsync(_rollups, write);
            await WriteAsync(_scans, write);
        }

        await _rollups.DisposeAsync();
        AnalyticsFile.Execute(_rollupFolder, "ALTER TABLE rollup_failure_days DROP COLUMN test");
        _rollups = Open(_rollupFolder, rollups: true);

        await AssertSameAnswersAsync(datasets);
    }

    [Fact]
    public async Task RollupsOfOneTenant_NeverAnswerAnother_EvenForTheSameDatasetId()
    {
        var (tenant, other) = (OpaqueId.New("ten"), OpaqueId.New("ten"));
        var dataset = OpaqueId.New("dst");
        foreach (var write in new RollupWorkload(5).Writes([(tenant, dataset)]))
        {
            await WriteAsync(_rollups, write);
        }
        var scope = AnalyticsScope.Of(other, dataset);
        var window = new TimeWindow(First.AddDays(-1), First.AddDays(RollupWorkload.Days + 1));

        await BeforeAndAfterRefreshAsync(async () =>
        {
            Assert.Equal(TestSummary.Empty, await _rollups.QueryAsync(new TestSummaryQuery(scope, null, null), CancellationToken.None));
            Assert.Empty(await _rollups.QueryAsync(new FlakyTestsQuery(scope, window, 50), CancellationToken.None));
            Assert.Empty(await _rollups.QueryAsync(TopFailures(scope, window), CancellationToken.None));
            Assert.Empty(await _rollups.QueryAsync(Slowest(scope, window, 3), CancellationToken.None));
            Assert.All(await _rollups.QueryAsync(Trend(scope, window, HistogramInterval.Day), CancellationToken.None),
                bucket => Assert.Equal(TestSummary.Empty, bucket.Statuses(Metric.StatusCounts)));
            Assert.NotEqual(TestSummary.Empty, await _rollups.QueryAsync(new TestSummaryQuery(AnalyticsScope.Of(tenant, dataset), null, null), CancellationToken.None));
        });
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public async Task SlowestTests_AnswerAsOneScan_ThroughTiesOverlapsOutliersAndRareTests(int seed)
    {
        var (tenant, dataset) = (OpaqueId.New("ten"), OpaqueId.New("dst"));
        foreach (var write in new SlowTestWorkload(seed).Writes(tenant, dataset))
        {
            await WriteAsync(_rollups, write);
            await WriteAsync(_scans, write);
        }

        await BeforeAndAfterRefreshAsync(async () =>
        {
            foreach (var window in Windows())
            {
                foreach (var size in (int[])[1, 3, 8, 25, 60])
                {
                    await SameAsync(Slowest(AnalyticsScope.Of(tenant, dataset), window, size), Buckets);
                }
            }
        });
    }

    [Fact]
    public async Task SlowestTests_ByTheMedianOfManyTests_AnswerAsOneScan()
    {
        // Counts, means and maxima hardly bound a median of six runs: every one of 600 tests could reach the cut, so
        // the tests with the highest mean are read first for it.
        var random = new Random(11);
        var upload = UploadScope.New();
        for (var run = 0; run < 6; run++)
        {
            upload = upload.NextUpload();
            var at = First.AddDays(run * RollupWorkload.Days / 6).AddHours(3 + run);
            var results = Enumerable.Range(0, 600)
                .Select(test => upload.Result(random.Next(8) == 0 ? TestStatus.Failed : TestStatus.Passed, at, test) with { DurationMs = Math.Round(Math.Exp(3 + random.NextDouble() * 4)) })
                .ToList();
            await _rollups.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
            await _scans.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);
        }

        await BeforeAndAfterRefreshAsync(async () =>
        {
            foreach (var window in Windows())
            {
                foreach (var size in (int[])[1, 10, 40])
                {
                    await SameAsync(Slowest(AnalyticsScope.Of(upload.TenantId, upload.DatasetId), window, size, byPercentile: 0.5), Buckets);
                }
            }
        });
    }

    [Fact]
    public async Task SlowestTests_TakeTheirCountsFromTheRollups()
    {
        var (query, slowest) = await SlowestOfSlowTestsAsync(9);

        // One more measured execution in the slowest test's rollup: only an answer that read the rollup counts it.
        Assert.Equal(1, await ChangeTheSlowestTestsRollupsAsync(
            "UPDATE rollup_test_days SET measured = measured + 1 WHERE name = $name AND day = (SELECT min(day) FROM rollup_test_days WHERE name = $name)", slowest));

        var answered = (await _rollups.QueryAsync(query, CancellationToken.None))[0];
        Assert.Equal((string.Join("|", slowest.Key), slowest.Count(Metric.Count) + 1), (string.Join("|", answered.Key), answered.Count(Metric.Count)));
    }

    [Fact]
    public async Task SlowestTests_TakeTheirPercentilesFromTheDurationsTheRollupsKeep()
    {
        var (query, slowest) = await SlowestOfSlowTestsAsync(10);

        // Every kept duration of the slowest test ten times longer: only an answer that read the kept lists sees it.
        Assert.NotEqual(0, await ChangeTheSlowestTestsRollupsAsync("UPDATE rollup_test_days SET durations = list_transform(durations, d -> d * 10) WHERE name = $name", slowest));

        var answered = (await _rollups.QueryAsync(query, CancellationToken.None))[0];
        var p95 = Metric.DurationPercentile(0.95);
        Assert.Equal(slowest.Key, answered.Key);
        Assert.Equal(slowest.Number(p95)!.Value * 10, answered.Number(p95)!.Value, slowest.Number(p95)!.Value * 1e-9);
    }

    [Fact]
    public async Task TestDayRollupsOfAnOlderFile_GetTheirDurationsAndLoseTheHistogramWhenOpened()
    {
        var tenant = OpaqueId.New("ten");
        (string, string)[] datasets = [(tenant, OpaqueId.New("dst")), (tenant, OpaqueId.New("dst"))];
        await WriteToBothAsync(new RollupWorkload(6).Writes(datasets));
        await _rollups.RefreshRollupsAsync(CancellationToken.None);
        await _rollups.DisposeAsync();
        var kept = RollupRows(_rollupFolder);

        AnalyticsFile.Execute(_rollupFolder, "ALTER TABLE rollup_test_days DROP COLUMN durations");
        AnalyticsFile.Execute(_rollupFolder, "ALTER TABLE rollup_test_days ADD COLUMN duration_histogram MAP(INTEGER, UBIGINT)");
        _rollups = Open(_rollupFolder, rollups: true);
        await AssertSameAnswersAsync(datasets);
        await _rollups.DisposeAsync();
        var upgraded = RollupRows(_rollupFolder);
        _rollups = Open(_rollupFolder, rollups: true);

        Assert.Equal(kept, upgraded);
    }

    /// <summary>Writes a <see cref="SlowTestWorkload"/> history to both stores: the slowest tests over its days, and the scan's slowest.</summary>
    private async Task<(AggregationQuery Query, AggregateBucket Slowest)> SlowestOfSlowTestsAsync(int seed)
    {
        var (tenant, dataset) = (OpaqueId.New("ten"), OpaqueId.New("dst"));
        await WriteToBothAsync(new SlowTestWorkload(seed).Writes(tenant, dataset));
        var query = Slowest(AnalyticsScope.Of(tenant, dataset), new TimeWindow(First, First.AddDays(RollupWorkload.Days)), 3);
        return (query, (await _scans.QueryAsync(query, CancellationToken.None))[0]);
    }

    private async Task WriteToBothAsync(IEnumerable<RollupWrite> writes)
    {
        foreach (var write in writes)
        {
            await WriteAsync(_rollups, write);
            await WriteAsync(_scans, write);
        }
    }

    /// <summary>Runs <paramref name="sql"/> (<c>$name</c>: the slowest test's name) on the rollup store's closed file; the rows it changed.</summary>
    private async Task<int> ChangeTheSlowestTestsRollupsAsync(string sql, AggregateBucket slowest)
    {
        await _rollups.RefreshRollupsAsync(CancellationToken.None);
        await _rollups.DisposeAsync();
        var changed = AnalyticsFile.Execute(_rollupFolder, sql, new DuckDBParameter("name", slowest.Key[2]));
        _rollups = Open(_rollupFolder, rollups: true);
        return changed;
    }

    /// <summary>Every dashboard query agrees with the scan while the days written are stale, and again once they are computed.</summary>
    private Task AssertSameAnswersAsync(IReadOnlyList<(string TenantId, string DatasetId)> datasets) =>
        BeforeAndAfterRefreshAsync(() => AssertSameAnswersNowAsync(datasets));

    private async Task BeforeAndAfterRefreshAsync(Func<Task> assert)
    {
        await assert();
        await _rollups.RefreshRollupsAsync(CancellationToken.None);
        await assert();
    }

    private async Task AssertSameAnswersNowAsync(IReadOnlyList<(string TenantId, string DatasetId)> datasets, IEnumerable<TimeWindow>? windows = null)
    {
        var scopes = datasets.Select(d => AnalyticsScope.Of(d.TenantId, d.DatasetId))
            .Concat(datasets.GroupBy(d => d.TenantId).Select(t => new AnalyticsScope(t.Key, t.Select(d => d.DatasetId).ToList())));
        foreach (var scope in scopes)
        {
            await SameAsync(new TestSummaryQuery(scope, null, null), Summary);
            await SameAsync(new TestSummaryQuery(scope, First.AddDays(2).AddHours(5), null), Summary);
            await SameAsync(new TestSummaryQuery(scope, null, First.AddDays(3)), Summary);
            foreach (var window in windows ?? Windows())
            {
                await SameAsync(new TestSummaryQuery(scope, window.From, window.To), Summary);
                await SameAsync(new FlakyTestsQuery(scope, window, 50), tests => string.Join("\n", tests));
                await SameAsync(TopFailures(scope, window), Buckets);
                foreach (var order in RankedFailureMetrics)
                {
                    await SameAsync(TopFailures(scope, window, 2, order), Buckets);
                }
                await SameAsync(Slowest(scope, window, 3), Buckets);
                await SameAsync(Slowest(scope, window, 50), Buckets);
                foreach (var interval in Enum.GetValues<HistogramInterval>())
                {
                    await SameAsync(Trend(scope, window, interval), Buckets);
                }
            }
        }
    }

    private async Task SameAsync<T>(IAnalyticsQuery<T> query, Func<T, string> view)
    {
        var expected = view(await _scans.QueryAsync(query, CancellationToken.None));
        var actual = view(await _rollups.QueryAsync(query, CancellationToken.None));
        Assert.True(expected == actual, $"{query}\nscan:\n{expected}\nrollups:\n{actual}");
    }

    /// <summary>Whole days, parts of days at either edge, a part of one day, and across one midnight without a whole day.</summary>
    private static IEnumerable<TimeWindow> Windows() =>
    [
        new(First.AddDays(-1), First.AddDays(RollupWorkload.Days + 1)),
        new(First.AddDays(1), First.AddDays(4)),
        new(First.AddDays(1).AddHours(7).AddMinutes(13), First.AddDays(4).AddHours(22).AddSeconds(59.5)),
        new(First.AddDays(2).AddHours(23).AddMinutes(52), First.AddDays(5).AddMinutes(3)),
        new(First.AddDays(2).AddHours(1), First.AddDays(2).AddHours(20)),
        new(First.AddDays(2).AddHours(20), First.AddDays(3).AddHours(5)),
    ];

    private static AggregationQuery Trend(AnalyticsScope scope, TimeWindow window, HistogramInterval interval) =>
        new(scope, window, ResultFilter.None, [Metric.StatusCounts, Metric.Count], histogram: new DateHistogram(interval));

    private static AggregationQuery TopFailures(AnalyticsScope scope, TimeWindow window, int size = 50, BucketOrder? order = null) =>
        new(scope, window, new ResultFilter { Statuses = [TestStatus.Failed, TestStatus.Errored] },
            [Metric.Count, Metric.DistinctTests, Metric.Max(MetricField.Timestamp), Metric.LatestFailureMessage],
            groupBy: new GroupBy([ResultField.FailureFingerprint], size, order ?? BucketOrder.Descending(Metric.Count)));

    private static AggregationQuery Slowest(AnalyticsScope scope, TimeWindow window, int size, double byPercentile = 0.95) =>
        new(scope, window, new ResultFilter { Statuses = [TestStatus.Passed, TestStatus.Failed, TestStatus.Errored] },
            [Metric.Count, Metric.DurationPercentile(0.5), Metric.DurationPercentile(0.95), Metric.Max(MetricField.Duration)],
            groupBy: GroupBy.Test(size, BucketOrder.Descending(Metric.DurationPercentile(byPercentile))));

    private static string Summary(TestSummary summary) => summary.ToString();

    private static string Buckets(IReadOnlyList<AggregateBucket> buckets) =>
        string.Join("\n", buckets.Select(bucket => string.Join(" ",
            [bucket.Start?.ToString("O", CultureInfo.InvariantCulture), string.Join("|", bucket.Key), .. bucket.Values.OrderBy(v => v.Key.ToString()).Select(v => $"{v.Key.Kind}={v.Value} ({v.Value?.GetType().Name})")])));

    private async Task AssertStoredRowsAreComputedAtOnceAsync(string tenant)
    {
        await _rollups.RefreshRollupsAsync(CancellationToken.None);
        await _rollups.DisposeAsync();
        var kept = RollupRows(_rollupFolder);

        DropRollups(_rollupFolder);
        _rollups = Open(_rollupFolder, rollups: true);
        await _rollups.QueryAsync(new TestSummaryQuery(AnalyticsScope.Of(tenant, "none"), null, null), CancellationToken.None);
        await _rollups.DisposeAsync();
        var computed = RollupRows(_rollupFolder);
        _rollups = Open(_rollupFolder, rollups: true);

        Assert.NotEmpty(computed);
        Assert.Equal(computed, kept);
    }

    /// <summary>Consecutive uploads of results, at most <paramref name="size"/> together; a delete alone.</summary>
    private static IEnumerable<IReadOnlyList<RollupWrite>> Groups(IReadOnlyList<RollupWrite> writes, int size)
    {
        var group = new List<RollupWrite>();
        foreach (var write in writes)
        {
            if (group.Count > 0 && (write.Results is null || group.Count == size))
            {
                yield return group;
                group = [];
            }
            if (write.Results is null)
            {
                yield return [write];
                continue;
            }
            group.Add(write);
        }
        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static async Task WriteAsync(DuckDbAnalyticsStore store, RollupWrite write)
    {
        if (write.Results is { } results)
        {
            await store.ReplaceUploadResultsAsync(write.TenantId, write.UploadId, results, CancellationToken.None);
        }
        else
        {
            await store.DeleteUploadAsync(write.TenantId, write.UploadId, CancellationToken.None);
        }
    }

    /// <summary>A store whose stale days are computed again only when a test asks (<see cref="DuckDbAnalyticsStore.RefreshRollupsAsync"/>).</summary>
    private static DuckDbAnalyticsStore Open(TempFolder folder, bool rollups) =>
        new(Options.Create(new EmbeddedStorageOptions { Path = folder.Path, AnalyticsRollups = rollups, AnalyticsRollupDelayMilliseconds = 3_600_000 }));

    private static List<string> RollupRows(TempFolder folder)
    {
        using var connection = AnalyticsFile.Open(folder);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT CAST(t AS VARCHAR) FROM (
                SELECT * EXCLUDE (duration_sum), round(duration_sum, 6)
                FROM rollup_test_days) AS t
            UNION ALL SELECT CAST(d AS VARCHAR) FROM rollup_dataset_days AS d
            UNION ALL SELECT CAST(f AS VARCHAR) FROM rollup_failure_days AS f
            ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    private static void DropRollups(TempFolder folder) =>
        AnalyticsFile.Execute(folder, "DROP TABLE rollup_test_days; DROP TABLE rollup_dataset_days; DROP TABLE rollup_failure_days; DROP TABLE rollup_split_uploads;");
}
