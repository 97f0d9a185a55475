using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract for runs: shards add up, re-runs replace, flips are flaky.</summary>
public abstract partial class AnalyticsContract
{
    private Task<IReadOnlyList<TestRunSummary>> RunsAsync(UploadScope scope, int limit = 10, TestRunCursor? after = null) =>
        Reader.QueryAsync(new TestRunsQuery(ScopeOf(scope), limit, after), CancellationToken.None);

    [Fact]
    public async Task ShardsOfOneRun_AddUpToOneRun()
    {
        var first = UploadScope.New().InRun("pipeline-1");
        var second = first.NextUpload();
        await ReplaceAsync(first, first.Results(TestStatus.Passed, 3));
        await ReplaceAsync(second, second.Results(TestStatus.Failed, 2).Select(r => r with { Name = "other " + r.Name }));

        var run = Assert.Single(await RunsAsync(first));

        Assert.Equal(("pipeline-1", "pipeline-1", 2), (run.RunId, run.RunKey, run.Uploads));
        Assert.Equal(new TestSummary(5, 3, 2, 0, 0), run.Counts);
        Assert.Equal((first.UploadedAt, second.UploadedAt), (run.FirstUploadAt, run.LastUploadAt));
        Assert.Equal(new TestSummary(5, 3, 2, 0, 0), await SummaryAsync(first));
    }

    [Fact]
    public async Task ReRunInTheSameRun_CountsEachTestOnceWithItsFinalOutcome_AndFlagsTheFlip()
    {
        var attempt = UploadScope.New().InRun("pipeline-2");
        var retry = attempt.NextUpload();
        await ReplaceAsync(attempt, attempt.Results(TestStatus.Passed, 2).Append(attempt.Result(TestStatus.Failed, number: 2)));
        await ReplaceAsync(retry, [retry.Result(TestStatus.Passed, number: 2)]);

        var run = Assert.Single(await RunsAsync(attempt));

        Assert.Equal(new TestSummary(3, 3, 0, 0, 0), run.Counts);
        Assert.Equal(1, run.Flaky);
        Assert.Equal(new TestSummary(3, 3, 0, 0, 0), await SummaryAsync(attempt));
    }

    [Fact]
    public async Task ReRunThatFailsAgain_IsNotFlaky()
    {
        var attempt = UploadScope.New().InRun("pipeline-3");
        var retry = attempt.NextUpload();
        await ReplaceAsync(attempt, [attempt.Result(TestStatus.Failed)]);
        await ReplaceAsync(retry, [retry.Result(TestStatus.Failed)]);

        var run = Assert.Single(await RunsAsync(attempt));

        Assert.Equal((new TestSummary(1, 0, 1, 0, 0), 0L), (run.Counts, run.Flaky));
    }

    [Fact]
    public async Task UploadsWithoutRunKey_AreRunsOfTheirOwn_AndNeverReplaceEachOther()
    {
        var first = UploadScope.New();
        var second = first.NextUpload();
        await ReplaceAsync(first, first.Results(TestStatus.Failed, 2));
        await ReplaceAsync(second, second.Results(TestStatus.Passed, 2));

        var runs = await RunsAsync(first);

        Assert.Equal([second.UploadId, first.UploadId], runs.Select(r => r.RunId));
        Assert.All(runs, r => Assert.Null(r.RunKey));
        Assert.Equal(new TestSummary(4, 2, 2, 0, 0), await SummaryAsync(first));
    }

    [Fact]
    public async Task SameRunKeyInAnotherDatasetOrTenant_IsAnotherRun()
    {
        var mine = UploadScope.New().InRun("shared-key");
        var otherDataset = mine.NextUpload() with { DatasetId = UploadScope.New().DatasetId };
        var otherTenant = UploadScope.New().InRun("shared-key") with { DatasetId = mine.DatasetId };
        await ReplaceAsync(mine, [mine.Result(TestStatus.Failed)]);
        await ReplaceAsync(otherDataset, [otherDataset.Result(TestStatus.Passed)]);
        await ReplaceAsync(otherTenant, [otherTenant.Result(TestStatus.Passed)]);

        var run = Assert.Single(await RunsAsync(mine));

        Assert.Equal((new TestSummary(1, 0, 1, 0, 0), 0L), (run.Counts, run.Flaky));
    }

    [Fact]
    public async Task ReplacingTheLatestUploadAgain_ChangesNothing()
    {
        var attempt = UploadScope.New().InRun("pipeline-4");
        var retry = attempt.NextUpload();
        await ReplaceAsync(attempt, [attempt.Result(TestStatus.Failed)]);
        await ReplaceAsync(retry, [retry.Result(TestStatus.Passed)]);

        await ReplaceAsync(retry, [retry.Result(TestStatus.Passed)]);

        var run = Assert.Single(await RunsAsync(attempt));
        Assert.Equal((new TestSummary(1, 1, 0, 0, 0), 1L), (run.Counts, run.Flaky));
    }

    [Fact]
    public async Task Runs_PageNewestFirst()
    {
        var scope = UploadScope.New();
        var uploads = Enumerable.Range(0, 5).Aggregate(new List<UploadScope> { scope }, (list, _) => [.. list, list[^1].NextUpload()]);
        foreach (var upload in uploads)
        {
            await ReplaceAsync(upload, [upload.Result(TestStatus.Passed)]);
        }

        var firstPage = await RunsAsync(scope, limit: 4);
        var secondPage = await RunsAsync(scope, limit: 4, TestRunCursor.Of(firstPage[^1]));

        Assert.Equal(Enumerable.Reverse(uploads).Select(u => u.UploadId), firstPage.Concat(secondPage).Select(r => r.RunId));
        Assert.Equal(2, secondPage.Count);
    }
}
