using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The contract for result searches: every field back, unique stable ids, keyset pages that neither skip nor repeat.</summary>
public abstract partial class AnalyticsContract
{
    private Task<IReadOnlyList<TestResultHit>> SearchAsync(UploadScope scope, ResultSort sort, int limit = 100, TestResultCursor? after = null, ResultFilter? filter = null) =>
        Reader.QueryAsync(new TestResultSearch(ScopeOf(scope), AroundNoon, filter ?? ResultFilter.None, sort, limit, after), CancellationToken.None);

    private async Task<List<TestResultHit>> AllPagesAsync(UploadScope scope, ResultSort sort, int pageSize)
    {
        var hits = new List<TestResultHit>();
        TestResultCursor? after = null;
        while (true)
        {
            var page = await SearchAsync(scope, sort, pageSize, after);
            hits.AddRange(page);
            if (page.Count < pageSize)
            {
                return hits;
            }
            after = TestResultCursor.After(page[^1], sort);
        }
    }

    [Fact]
    public async Task Search_GivesEveryFieldBack_WithItsPositionInTheUpload()
    {
        var upload = UploadScope.New().InRun("build-7");
        var stored = upload.Result(TestStatus.Errored, UploadScope.Noon.AddTicks(10), number: 1) with { Flaky = true, Environment = "staging" };
        await ReplaceAsync(upload, [upload.Result(TestStatus.Passed), stored]);

        var hit = (await SearchAsync(upload, ResultSort.Newest))[0];

        Assert.Equal(stored, hit.Document);
        Assert.Equal((1, $"{upload.UploadId}.1", "build-7"), (hit.Ordinal, hit.Id, hit.Run));
    }

    [Fact]
    public async Task Search_IdsAreUniqueAndStayTheSameWhenTheUploadIsProcessedAgain()
    {
        var upload = UploadScope.New();
        var results = upload.Results(TestStatus.Passed, 3).Concat(upload.Results(TestStatus.Passed, 3)).ToList();
        await ReplaceAsync(upload, results);
        var first = (await SearchAsync(upload, ResultSort.Newest)).Select(h => h.Id).Order().ToList();

        await ReplaceAsync(upload, results);

        Assert.Equal(6, first.Distinct().Count());
        Assert.Equal(first, (await SearchAsync(upload, ResultSort.Newest)).Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData(ResultSortField.Timestamp, SortDirection.Descending)]
    [InlineData(ResultSortField.Timestamp, SortDirection.Ascending)]
    [InlineData(ResultSortField.Duration, SortDirection.Descending)]
    [InlineData(ResultSortField.Name, SortDirection.Ascending)]
    public async Task Search_PagesInOrder_WithoutGapsOrRepeats_WhenSortValuesTie(ResultSortField field, SortDirection direction)
    {
        var first = UploadScope.New();
        var second = first.NextUpload();
        await ReplaceAsync(first, Enumerable.Range(0, 7).Select(i => first.Result(TestStatus.Passed, UploadScope.Noon.AddMinutes(i % 3), i) with { DurationMs = i % 2, Name = $"t{i % 4}" }));
        await ReplaceAsync(second, Enumerable.Range(0, 4).Select(i => second.Result(TestStatus.Failed, UploadScope.Noon.AddMinutes(i % 2), i) with { DurationMs = 1, Name = "t1" }));
        var sort = new ResultSort(field, direction);

        var everything = await SearchAsync(first, sort);
        var paged = await AllPagesAsync(first, sort, pageSize: 3);

        Assert.Equal(11, everything.Count);
        Assert.Equal(everything.Select(h => h.Id), paged.Select(h => h.Id));
        Assert.Equal(11, paged.Select(h => h.Id).Distinct().Count());
        var keys = everything.Select(h => SortKey(h, field)).ToList();
        Assert.Equal(direction == SortDirection.Ascending ? keys.Order() : keys.OrderDescending(), keys);
    }

    [Fact]
    public async Task Search_AppliesTheFilterAndSkipsSupersededExecutions()
    {
        var attempt = UploadScope.New().InRun("build-8");
        var retry = attempt.NextUpload();
        await ReplaceAsync(attempt, [attempt.Result(TestStatus.Failed, number: 1), attempt.Result(TestStatus.Failed, number: 2), attempt.Result(TestStatus.Passed, number: 3)]);
        await ReplaceAsync(retry, [retry.Result(TestStatus.Passed, number: 1)]);

        var failed = await SearchAsync(attempt, ResultSort.Newest, filter: new ResultFilter { Statuses = [TestStatus.Failed] });

        Assert.Equal(["test 2"], failed.Select(h => h.Document.Name));
    }

    private static IComparable SortKey(TestResultHit hit, ResultSortField field) => field switch
    {
        ResultSortField.Timestamp => hit.Document.Timestamp,
        ResultSortField.Duration => hit.Document.DurationMs,
        _ => hit.Document.Name,
    };
}
