using Dot.Domain.Analytics;
using Dot.Domain.Identifiers;
using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// A write leaves the rollups of the days it changed stale (decision 0018): until they are computed again those days
/// are answered from the results, and every other day, of its tenant or another, from the rollups; the refresher
/// computes them by itself after its delay, also those a previous process left stale. A day a write only added later
/// executions to keeps its rollup rows, and only the executions added are read from the results (decision 0020); so
/// does a window's last day when the window ends after its latest execution. The tests prove which rows an answer read
/// by changing the rollup rows behind the store's back.
/// </summary>
public sealed class DuckDbStaleDaysTests : IDisposable
{
    private const int Never = 3_600_000;

    private const string HundredMorePasses = "UPDATE rollup_dataset_days SET passed = passed + 100";

    private static readonly DateTimeOffset Day0 = UploadScope.Noon;

    private static readonly DateTimeOffset Midnight = new(Day0.UtcDateTime.Date, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AWrite_LeavesTheDaysItChangedStale_UntilTheyAreComputed()
    {
        await using var store = Open(Never);
        var upload = UploadScope.New();
        await WriteAsync(store, upload, [.. upload.Results(TestStatus.Passed, 3, Day0), .. upload.Results(TestStatus.Failed, 2, Day0.AddDays(1))]);
        Assert.Equal(2, await store.CountStaleDaysAsync(CancellationToken.None));

        var again = upload.NextUpload();
        await WriteAsync(store, again, again.Results(TestStatus.Passed, 2, Day0.AddDays(1)));
        Assert.Equal(2, await store.CountStaleDaysAsync(CancellationToken.None));

        await store.RefreshRollupsAsync(CancellationToken.None);
        Assert.Equal(0, await store.CountStaleDaysAsync(CancellationToken.None));
        Assert.Equal(new TestSummary(7, 5, 2, 0, 0), await store.QueryAsync(upload.Summary(Midnight, Midnight.AddDays(2)), CancellationToken.None));
    }

    [Fact]
    public async Task TheRefresher_ComputesStaleDaysByItself_AfterItsDelay()
    {
        await using var store = Open(50);
        var upload = UploadScope.New();
        await WriteAsync(store, upload, upload.Results(TestStatus.Failed, 4, Day0));

        Assert.True(await NoneStaleWithinAsync(store, TimeSpan.FromSeconds(30)), "the stale day was not computed again");
        Assert.Equal(new TestSummary(4, 0, 4, 0, 0), await store.QueryAsync(upload.Summary(), CancellationToken.None));
    }

    [Fact]
    public async Task DaysLeftStaleByAnEarlierProcess_AreComputedWhenTheFileIsOpenedAgain()
    {
        var upload = UploadScope.New();
        await using (var earlier = Open(Never))
        {
            await WriteAsync(earlier, upload, upload.Results(TestStatus.Passed, 4, Day0));
        }

        await using var store = Open(50);
        Assert.True(await NoneStaleWithinAsync(store, TimeSpan.FromSeconds(30)), "the stale day was not computed again");
        Assert.Equal(new TestSummary(4, 4, 0, 0, 0), await store.QueryAsync(upload.Summary(), CancellationToken.None));
    }

    [Fact]
    public async Task AStaleDay_IsAnsweredFromTheResults_AndEveryCurrentDayFromTheRollups_OfEveryTenant()
    {
        var mine = UploadScope.New();
        var theirs = new UploadScope(OpaqueId.New("ten"), mine.DatasetId, OpaqueId.New("upl"));
        await using var reopened = await TamperedAfterAsync(async store =>
        {
            await WriteAsync(store, mine, [.. mine.Results(TestStatus.Passed, 3, Day0), .. mine.Results(TestStatus.Passed, 3, Day0.AddDays(1))]);
            await WriteAsync(store, theirs, [.. theirs.Results(TestStatus.Passed, 3, Day0), .. theirs.Results(TestStatus.Passed, 3, Day0.AddDays(1))]);
            await store.RefreshRollupsAsync(CancellationToken.None);
            var later = mine.NextUpload();
            await WriteAsync(store, later, later.Results(TestStatus.Failed, 2, Day0.AddDays(1)));
        });
        Assert.Equal(new TestSummary(108, 106, 2, 0, 0), await reopened.QueryAsync(mine.Summary(Midnight, Midnight.AddDays(2)), CancellationToken.None));
        Assert.Equal(new TestSummary(206, 206, 0, 0, 0), await reopened.QueryAsync(theirs.Summary(Midnight, Midnight.AddDays(2)), CancellationToken.None));

        await reopened.RefreshRollupsAsync(CancellationToken.None);
        Assert.Equal(new TestSummary(108, 106, 2, 0, 0), await reopened.QueryAsync(mine.Summary(Midnight, Midnight.AddDays(2)), CancellationToken.None));
    }

    [Fact]
    public async Task AnUploadLaterThanADaysRollups_IsAddedToTheirRows_UntilAnEarlierOneMakesTheDayWhole()
    {
        var upload = UploadScope.New();
        await using var reopened = await TamperedAfterAsync(async store =>
        {
            await WriteAsync(store, upload, upload.Results(TestStatus.Passed, 3, Midnight.AddHours(10)));
            await store.RefreshRollupsAsync(CancellationToken.None);
            var later = upload.NextUpload();
            await WriteAsync(store, later, later.Results(TestStatus.Failed, 2, Midnight.AddHours(12)));
        });
        Assert.Equal(new TestSummary(105, 103, 2, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddDays(1)), CancellationToken.None));

        var earlier = upload.NextUpload().NextUpload();
        await WriteAsync(reopened, earlier, earlier.Results(TestStatus.Skipped, 1, Midnight.AddHours(9)));
        Assert.Equal(new TestSummary(6, 3, 2, 0, 1), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddDays(1)), CancellationToken.None));
    }

    [Fact]
    public async Task AnUploadThatSupersedesStoredExecutions_MakesTheirDayWhole_EvenWhenLater()
    {
        var upload = UploadScope.New().InRun("nightly-1");
        await using var reopened = await TamperedAfterAsync(async store =>
        {
            await WriteAsync(store, upload, upload.Results(TestStatus.Failed, 3, Midnight.AddHours(10)));
            await store.RefreshRollupsAsync(CancellationToken.None);
            var rerun = upload.NextUpload();
            await WriteAsync(store, rerun, rerun.Results(TestStatus.Passed, 1, Midnight.AddHours(11)));
        });
        Assert.Equal(new TestSummary(3, 1, 2, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddDays(1)), CancellationToken.None));
    }

    [Fact]
    public async Task AWindowEndingAfterItsLastDaysLatestExecution_TakesThatDayFromItsRollups_AndOnlyThen()
    {
        var upload = UploadScope.New();
        await using var reopened = await TamperedAfterAsync(async store =>
        {
            await WriteAsync(store, upload, [.. upload.Results(TestStatus.Passed, 2, Midnight.AddHours(8)), .. upload.Results(TestStatus.Failed, 1, Midnight.AddHours(10))]);
            await store.RefreshRollupsAsync(CancellationToken.None);
        });
        Assert.Equal(new TestSummary(103, 102, 1, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight.AddDays(-3), Midnight.AddHours(13)), CancellationToken.None));
        Assert.Equal(new TestSummary(103, 102, 1, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddHours(10).AddTicks(10)), CancellationToken.None));
        Assert.Equal(new TestSummary(2, 2, 0, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddHours(10)), CancellationToken.None));
        Assert.Equal(new TestSummary(1, 0, 1, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight.AddHours(9), Midnight.AddHours(13)), CancellationToken.None));
    }

    [Fact]
    public async Task ADayWhoseRollupsDoNotSayTheirLatestTime_AsInAnOlderFile_IsAnsweredWhole()
    {
        var upload = UploadScope.New();
        await using var reopened = await TamperedAfterAsync(
            async store =>
            {
                await WriteAsync(store, upload, upload.Results(TestStatus.Passed, 3, Midnight.AddHours(10)));
                await store.RefreshRollupsAsync(CancellationToken.None);
            },
            "UPDATE rollup_dataset_days SET covered_to = NULL, passed = passed + 100");
        Assert.Equal(new TestSummary(3, 3, 0, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddHours(13)), CancellationToken.None));
        var later = upload.NextUpload();
        await WriteAsync(reopened, later, later.Results(TestStatus.Failed, 2, Midnight.AddHours(12)));
        Assert.Equal(new TestSummary(5, 3, 2, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddDays(1)), CancellationToken.None));

        await reopened.RefreshRollupsAsync(CancellationToken.None);
        Assert.Equal(new TestSummary(5, 3, 2, 0, 0), await reopened.QueryAsync(upload.Summary(Midnight, Midnight.AddDays(1)), CancellationToken.None));
    }

    [Fact]
    public async Task ADayAddedToInOneDatasetOfSeveral_IsAnsweredWholeForThemAll()
    {
        var mine = UploadScope.New();
        var other = mine with { DatasetId = OpaqueId.New("dst"), UploadId = OpaqueId.New("upl") };
        await using var reopened = await TamperedAfterAsync(async store =>
        {
            await WriteAsync(store, mine, mine.Results(TestStatus.Passed, 3, Midnight.AddHours(10)));
            await WriteAsync(store, other, other.Results(TestStatus.Passed, 2, Midnight.AddHours(10)));
            await store.RefreshRollupsAsync(CancellationToken.None);
            var later = mine.NextUpload();
            await WriteAsync(store, later, later.Results(TestStatus.Failed, 1, Midnight.AddHours(12)));
        });
        var both = new TestSummaryQuery(new(mine.TenantId, [mine.DatasetId, other.DatasetId]), Midnight, Midnight.AddDays(1));
        Assert.Equal(new TestSummary(6, 5, 1, 0, 0), await reopened.QueryAsync(both, CancellationToken.None));
        Assert.Equal(new TestSummary(104, 103, 1, 0, 0), await reopened.QueryAsync(mine.Summary(Midnight, Midnight.AddDays(1)), CancellationToken.None));
    }

    /// <summary>
    /// Runs <paramref name="writes"/> on a store that refreshes only when asked, then changes its dataset-day rollup
    /// rows behind its back with <paramref name="change"/> (by default a hundred passes more on each, which only an
    /// answer that reads such a row sees), and opens the file again.
    /// </summary>
    private async Task<DuckDbAnalyticsStore> TamperedAfterAsync(Func<DuckDbAnalyticsStore, Task> writes, string change = HundredMorePasses)
    {
        await using (var store = Open(Never))
        {
            await writes(store);
        }
        AnalyticsFile.Execute(_folder, change);
        return Open(Never);
    }

    private static async Task<bool> NoneStaleWithinAsync(DuckDbAnalyticsStore store, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (await store.CountStaleDaysAsync(CancellationToken.None) > 0)
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }

    private static Task<long> WriteAsync(DuckDbAnalyticsStore store, UploadScope upload, IEnumerable<TestResultDocument> results) =>
        store.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results.ToList(), CancellationToken.None);

    private DuckDbAnalyticsStore Open(int delayMilliseconds) =>
        new(Options.Create(new EmbeddedStorageOptions { Path = _folder.Path, AnalyticsRollupDelayMilliseconds = delayMilliseconds }));
}
