using Dot.Domain.Identifiers;
using Dot.Domain.Results;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// A write leaves the rollups of the days it changed stale (decision 0018): until they are computed again those days
/// are answered from the results, and every other day, of its tenant or another, from the rollups; the refresher
/// computes them by itself after its delay, also those a previous process left stale.
/// </summary>
public sealed class DuckDbStaleDaysTests : IDisposable
{
    private const int Never = 3_600_000;

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
        await using (var store = Open(Never))
        {
            await WriteAsync(store, mine, [.. mine.Results(TestStatus.Passed, 3, Day0), .. mine.Results(TestStatus.Passed, 3, Day0.AddDays(1))]);
            await WriteAsync(store, theirs, [.. theirs.Results(TestStatus.Passed, 3, Day0), .. theirs.Results(TestStatus.Passed, 3, Day0.AddDays(1))]);
            await store.RefreshRollupsAsync(CancellationToken.None);
            var later = mine.NextUpload();
            await WriteAsync(store, later, later.Results(TestStatus.Failed, 2, Day0.AddDays(1)));
        }
        // Only an answer that reads a day's rollup row sees these hundred passes more.
        AnalyticsFile.Execute(_folder, "UPDATE rollup_dataset_days SET passed = passed + 100");

        await using var reopened = Open(Never);
        Assert.Equal(new TestSummary(108, 106, 2, 0, 0), await reopened.QueryAsync(mine.Summary(Midnight, Midnight.AddDays(2)), CancellationToken.None));
        Assert.Equal(new TestSummary(206, 206, 0, 0, 0), await reopened.QueryAsync(theirs.Summary(Midnight, Midnight.AddDays(2)), CancellationToken.None));

        await reopened.RefreshRollupsAsync(CancellationToken.None);
        Assert.Equal(new TestSummary(108, 106, 2, 0, 0), await reopened.QueryAsync(mine.Summary(Midnight, Midnight.AddDays(2)), CancellationToken.None));
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
