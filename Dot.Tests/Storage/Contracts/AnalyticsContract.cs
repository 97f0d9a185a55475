using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.Contracts;

/// <summary>
/// What every analytics adapter must do, through its two ports: <see cref="IAnalyticsWriter"/> and
/// <see cref="IAnalyticsReader"/>. A derived class says how to open the adapter; adapters opened in one test class
/// share their storage, so every test works under fresh tenant, dataset and upload ids.
/// </summary>
public abstract partial class AnalyticsContract : IAsyncLifetime
{
    private AnalyticsPorts? _ports;

    /// <summary>The adapter under test, opened before each test (never lazily: tests touch it from many threads).</summary>
    private AnalyticsPorts Ports => _ports ?? throw new InvalidOperationException("The store is closed.");

    protected IAnalyticsWriter Writer => Ports.Writer;

    protected IAnalyticsReader Reader => Ports.Reader;

    /// <summary>Opens the adapter over this test class's storage: a second call sees what the first stored.</summary>
    protected abstract AnalyticsPorts Open();

    public Task InitializeAsync()
    {
        _ports = Open();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        CloseStore();
        return Task.CompletedTask;
    }

    protected void CloseStore()
    {
        var ports = _ports;
        _ports = null;
        foreach (var owned in ports?.Owned ?? [])
        {
            owned.Dispose();
        }
    }

    protected void ReopenStore()
    {
        CloseStore();
        _ports = Open();
    }

    protected Task<long> ReplaceAsync(UploadScope upload, IEnumerable<TestResultDocument> results) =>
        Writer.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, CancellationToken.None);

    protected Task<TestSummary> SummaryAsync(UploadScope upload, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        Reader.QueryAsync(upload.Summary(from, to), CancellationToken.None);

    [Fact]
    public async Task ReplaceUploadResultsThenSummaryCountsEachStatus()
    {
        var upload = UploadScope.New();
        var results = upload.Results(TestStatus.Passed, 3).Concat(upload.Results(TestStatus.Failed, 2))
            .Concat(upload.Results(TestStatus.Errored, 1)).Concat(upload.Results(TestStatus.Skipped, 4));

        var stored = await ReplaceAsync(upload, results);

        Assert.Equal(10, stored);
        Assert.Equal(new TestSummary(Total: 10, Passed: 3, Failed: 2, Errored: 1, Skipped: 4), await SummaryAsync(upload));
    }

    [Fact]
    public async Task ReplaceUploadResultsTwiceSecondSetReplacesFirst()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 5));

        var stored = await ReplaceAsync(upload, upload.Results(TestStatus.Failed, 2));

        Assert.Equal(2, stored);
        Assert.Equal(new TestSummary(2, 0, 2, 0, 0), await SummaryAsync(upload));
    }

    [Fact]
    public async Task ReplaceUploadResultsWithNoResultsRemovesTheUploadsResults()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 5));

        var stored = await ReplaceAsync(upload, []);

        Assert.Equal(0, stored);
        Assert.Equal(TestSummary.Empty, await SummaryAsync(upload));
    }

    [Fact]
    public async Task ReplaceUploadResultsOnlyTouchesItsOwnUpload()
    {
        var first = UploadScope.New();
        var second = first.NextUpload();
        await ReplaceAsync(first, first.Results(TestStatus.Passed, 4));

        await ReplaceAsync(second, second.Results(TestStatus.Failed, 3));
        await ReplaceAsync(second, second.Results(TestStatus.Failed, 1));

        Assert.Equal(new TestSummary(5, 4, 1, 0, 0), await SummaryAsync(first));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public async Task ReplaceUploadResultsWhenEnumerationThrowsHalfWayLeavesPreviousStateAndRethrows(int previousCount)
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, previousCount));
        var before = await SummaryAsync(upload);
        var parseError = new InvalidDataException("line 5000: unexpected end of file");

        // Past several appender chunks, so some rows have reached the store before the failure.
        var thrown = await Assert.ThrowsAsync<InvalidDataException>(
            () => ReplaceAsync(upload, ThrowingAfter(upload.Results(TestStatus.Failed, 5000), parseError)));

        Assert.Same(parseError, thrown);
        Assert.Equal(before, await SummaryAsync(upload));
    }

    [Theory]
    [InlineData("tenant")]
    [InlineData("upload")]
    public async Task ReplaceUploadResultsWithADocumentOfAnotherTenantOrUploadThrowsAndStoresNothing(string mismatch)
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 2));
        var other = UploadScope.New();
        var stranger = mismatch == "tenant"
            ? upload.Result(TestStatus.Failed) with { TenantId = other.TenantId }
            : upload.Result(TestStatus.Failed) with { UploadId = other.UploadId };

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => ReplaceAsync(upload, upload.Results(TestStatus.Failed, 3000).Append(stranger)));

        Assert.Equal(new TestSummary(2, 2, 0, 0, 0), await SummaryAsync(upload));
        Assert.Equal(TestSummary.Empty, await Reader.QueryAsync(
            new TestSummaryQuery(AnalyticsScope.Of(other.TenantId, upload.DatasetId), null, null), CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceUploadResultsWhenCancelledHalfWayStoresNothing()
    {
        var upload = UploadScope.New();
        using var cancellation = new CancellationTokenSource();
        var results = upload.Results(TestStatus.Passed, 20_000).Select((result, index) =>
        {
            if (index == 5_000)
            {
                cancellation.Cancel();
            }
            return result;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Writer.ReplaceUploadResultsAsync(upload.TenantId, upload.UploadId, results, cancellation.Token));

        Assert.Equal(TestSummary.Empty, await SummaryAsync(upload));
    }

    [Theory]
    [InlineData("tenant")] // the same dataset and upload ids under another tenant
    [InlineData("dataset")] // another dataset of the same tenant
    public async Task SummaryNeverMixesInResultsOfAnotherTenantOrDataset(string other)
    {
        var mine = UploadScope.New();
        var theirs = other == "tenant"
            ? mine with { TenantId = UploadScope.New().TenantId }
            : mine.NextUpload() with { DatasetId = UploadScope.New().DatasetId };
        await ReplaceAsync(mine, mine.Results(TestStatus.Passed, 3));

        await ReplaceAsync(theirs, theirs.Results(TestStatus.Failed, 2));

        Assert.Equal(new TestSummary(3, 3, 0, 0, 0), await SummaryAsync(mine));
        Assert.Equal(new TestSummary(2, 0, 2, 0, 0), await SummaryAsync(theirs));
    }

    [Fact]
    public async Task SummaryOfAnUnknownDatasetIsEmpty()
    {
        var upload = UploadScope.New();

        var summary = await SummaryAsync(upload);

        Assert.Equal(TestSummary.Empty, summary);
        Assert.Null(summary.PassRate);
    }

    [Fact]
    public async Task SummaryWithAWindowIncludesFromAndExcludesTo()
    {
        var upload = UploadScope.New();
        var noon = UploadScope.Noon;
        await ReplaceAsync(upload, [
            upload.Result(TestStatus.Passed, noon.AddTicks(-10)),
            upload.Result(TestStatus.Failed, noon),
            upload.Result(TestStatus.Errored, noon.AddHours(1).AddTicks(-10)),
            upload.Result(TestStatus.Skipped, noon.AddHours(1)),
        ]);

        Assert.Equal(new TestSummary(2, 0, 1, 1, 0), await SummaryAsync(upload, noon, noon.AddHours(1)));
        Assert.Equal(new TestSummary(3, 0, 1, 1, 1), await SummaryAsync(upload, from: noon));
        Assert.Equal(new TestSummary(3, 1, 1, 1, 0), await SummaryAsync(upload, to: noon.AddHours(1)));
    }

    [Fact]
    public async Task SummaryWithAWindowInAnotherOffsetComparesInstants()
    {
        var upload = UploadScope.New();
        var berlin = TimeSpan.FromHours(2);
        await ReplaceAsync(upload, [upload.Result(TestStatus.Passed, UploadScope.Noon.ToOffset(berlin))]);

        var from = UploadScope.Noon.ToOffset(TimeSpan.FromHours(-5));

        Assert.Equal(1, (await SummaryAsync(upload, from, from.AddMinutes(1))).Total);
        Assert.Equal(0, (await SummaryAsync(upload, from.AddMinutes(-1), from)).Total);
    }

    [Fact]
    public async Task PassRateCountsPassedOverExecutedIgnoringSkipped()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 3).Concat(upload.Results(TestStatus.Failed, 1))
            .Concat(upload.Results(TestStatus.Skipped, 4)));

        Assert.Equal(0.75, (await SummaryAsync(upload)).PassRate);
    }

    [Fact]
    public async Task PassRateWhenEverythingWasSkippedIsNull()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Skipped, 3));

        Assert.Null((await SummaryAsync(upload)).PassRate);
    }

    [Fact]
    public async Task ReplaceUploadResultsOfDifferentUploadsConcurrentlyAllLand()
    {
        var first = UploadScope.New();
        var uploads = Enumerable.Range(0, 6).Select(_ => first.NextUpload()).ToList();

        var stored = await Task.WhenAll(uploads.Select(
            upload => Task.Run(() => ReplaceAsync(upload, upload.Results(TestStatus.Passed, 2_500)))));

        Assert.All(stored, count => Assert.Equal(2_500, count));
        Assert.Equal(new TestSummary(15_000, 15_000, 0, 0, 0), await SummaryAsync(first));
    }

    [Fact]
    public async Task SummaryWhileAnUploadIsReplacedSeesTheOldOrTheNewSetNeverAPart()
    {
        var upload = UploadScope.New();
        TestSummary[] whole = [new(3_000, 3_000, 0, 0, 0), new(5_000, 0, 5_000, 0, 0)];
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 3_000));

        var writer = Task.Run(async () =>
        {
            for (var round = 1; round <= 4; round++)
            {
                await ReplaceAsync(upload, round % 2 == 1
                    ? upload.Results(TestStatus.Failed, 5_000)
                    : upload.Results(TestStatus.Passed, 3_000));
            }
        });
        var seen = new List<TestSummary>();
        while (!writer.IsCompleted)
        {
            seen.Add(await SummaryAsync(upload));
        }
        await writer;

        Assert.All(seen, summary => Assert.Contains(summary, whole));
    }

    [Fact]
    public async Task StoredResultsSurviveClosingAndReopeningTheStore()
    {
        var upload = UploadScope.New();
        await ReplaceAsync(upload, upload.Results(TestStatus.Passed, 2).Append(upload.Result(TestStatus.Errored)));

        ReopenStore();

        Assert.Equal(new TestSummary(3, 2, 0, 1, 0), await SummaryAsync(upload));
    }

    private static IEnumerable<T> ThrowingAfter<T>(IEnumerable<T> documents, Exception failure)
    {
        foreach (var document in documents)
        {
            yield return document;
        }
        throw failure;
    }
}
