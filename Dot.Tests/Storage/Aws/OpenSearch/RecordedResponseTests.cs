using System.Globalization;
using System.Net;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// Answers shaped as OpenSearch documents them (aggregations with sub-aggregations, composite pages with an
/// <c>after_key</c>, hits with sort values, bulk answers with partial failures and 429s), parsed into the port's answers.
/// </summary>
public sealed class RecordedResponseTests : IDisposable
{
    private static readonly AnalyticsScope Scope = SampleQueries.Scope;
    private static readonly TimeWindow ThreeDays = new(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 5, 0, 0, 0, TimeSpan.Zero));

    private static readonly UploadScope Upload = new(SampleQueries.Tenant, SampleQueries.Dataset, "upl_1");

    private readonly RecordingOpenSearch _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task ADateHistogramWithStatusTerms_IsOneBucketPerDay_TheMissingDayEmpty()
    {
        _server.Answer("_search", """
            { "took": 4, "timed_out": false, "_shards": { "total": 1, "successful": 1, "skipped": 0, "failed": 0 },
              "hits": { "total": { "value": 5, "relation": "eq" }, "max_score": null, "hits": [] },
              "aggregations": { "buckets": { "buckets": [
                { "key_as_string": "2025-06-02T00:00:00.000Z", "key": 1748822400000, "doc_count": 3,
                  "m0": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                          "buckets": [ { "key": "passed", "doc_count": 2 }, { "key": "failed", "doc_count": 1 } ] } },
                { "key_as_string": "2025-06-04T00:00:00.000Z", "key": 1748995200000, "doc_count": 2,
                  "m0": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [ { "key": "skipped", "doc_count": 2 } ] } } ] } } }
            """);
        using var store = _server.Store();

        var buckets = await store.QueryAsync(
            new AggregationQuery(Scope, ThreeDays, ResultFilter.None, [Metric.StatusCounts], new DateHistogram(HistogramInterval.Day)), CancellationToken.None);

        Assert.Equal([new TestSummary(3, 2, 1, 0, 0), TestSummary.Empty, new TestSummary(2, 0, 0, 0, 2)], buckets.Select(b => b.Statuses(Metric.StatusCounts)));
        Assert.Equal(ThreeDays.From.AddDays(1), buckets[1].Start);
    }

    [Fact]
    public async Task ACompositeGroupByOverTwoPages_FollowsTheAfterKey_AndOrdersByTheMetricThenKeyNullFirst()
    {
        var p95 = Metric.DurationPercentile(0.95);
        _server.Answer("_search", CompositePage(1000, """{ "f0": "z-last" }""", 0))
            .Answer("_search", """
            { "took": 2, "timed_out": false, "hits": { "total": { "value": 9, "relation": "eq" }, "hits": [] },
              "aggregations": { "groups": { "buckets": [
                { "key": { "f0": null }, "doc_count": 2, "m0": { "values": [ { "key": 95.0, "value": 40.5 } ] } },
                { "key": { "f0": "b" }, "doc_count": 1, "m0": { "values": [ { "key": 95.0, "value": 900.0 } ] } } ] } } }
            """);
        using var store = _server.Store();

        var groups = await store.QueryAsync(new AggregationQuery(Scope, ThreeDays, ResultFilter.None, [p95],
            groupBy: new GroupBy([ResultField.Suite], 3, BucketOrder.Descending(p95))), CancellationToken.None);

        Assert.Equal(["b", "a-000", "a-001"], groups.Select(group => group.Key[0]));
        Assert.Equal(900.0, groups[0].Number(p95));
        var second = _server.Calls.Last();
        Assert.Equal("z-last", second.Body!["aggs"]!["groups"]!["composite"]!["after"]!["f0"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchHits_AreResultsWithTheirPositions()
    {
        _server.Answer("_search", """
            { "took": 1, "timed_out": false, "hits": { "total": { "value": 1, "relation": "eq" }, "max_score": null, "hits": [
              { "_index": "dot-results", "_id": "ten_acme:upl_1:7", "_score": null, "_routing": "ten_acme",
                "_source": { "tenant": "ten_acme", "dataset": "dst_web", "upload": "upl_1", "ordinal": 7, "run": "nightly-7", "run_key": "nightly-7",
                  "environment": "ci", "suite": "checkout", "class_name": "Cart", "name": "adds an item", "test_key": "k", "status": "failed",
                  "duration_ms": 12.5, "failure_message": "expected 2, got 3", "has_failure_message": true, "failure_type": "AssertionError",
                  "failure_fingerprint": "expected <n>, got <n>", "ts": "2025-06-03T10:15:30.1234567+00:00", "flaky": false,
                  "received_at": "2025-06-03T10:20:00+00:00", "superseded": false },
                "sort": [ 1748945730123456700, "upl_1", 7 ] } ] } }
            """);
        using var store = _server.Store();

        var hits = await store.QueryAsync(new TestResultSearch(Scope, ThreeDays, ResultFilter.None, ResultSort.Newest, 10), CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal(("upl_1.7", "nightly-7", TestStatus.Failed), (hit.Id, hit.Run, hit.Document.Status));
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 10, 15, 30, 123, TimeSpan.Zero).AddTicks(4567), hit.Document.Timestamp);
    }

    [Fact]
    public async Task ABulkItemRefusedForItsMapping_FailsTheWriteNamingTheReason()
    {
        _server.Answer("_bulk", """
            { "took": 30, "errors": true, "items": [
              { "index": { "_index": "dot-results", "_id": "ten_acme:upl_1:0", "status": 201, "result": "created" } },
              { "index": { "_index": "dot-results", "_id": "ten_acme:upl_1:1", "status": 400,
                  "error": { "type": "mapper_parsing_exception", "reason": "failed to parse field [ts] of type [date_nanos]" } } } ] }
            """);
        using var store = _server.Store();

        var failure = await Assert.ThrowsAsync<OpenSearchException>(() =>
            store.ReplaceUploadResultsAsync(Upload.TenantId, Upload.UploadId, Upload.Results(TestStatus.Passed, 2), CancellationToken.None));

        Assert.Contains("mapper_parsing_exception", failure.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, failure.Status);
        Assert.Single(_server.Calls);
    }

    [Fact]
    public async Task BulkItemsRefusedWith429_AreSentAgainAlone_UntilTaken()
    {
        _server.Answer("_bulk", """
            { "took": 30, "errors": true, "items": [
              { "index": { "_index": "dot-results", "_id": "ten_acme:upl_1:0", "status": 201, "result": "created" } },
              { "index": { "_index": "dot-results", "_id": "ten_acme:upl_1:1", "status": 429,
                  "error": { "type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation" } } },
              { "index": { "_index": "dot-results", "_id": "ten_acme:upl_1:2", "status": 201, "result": "created" } } ] }
            """);
        using var store = _server.Store();

        var stored = await store.ReplaceUploadResultsAsync(Upload.TenantId, Upload.UploadId, Upload.Results(TestStatus.Passed, 3), CancellationToken.None);

        Assert.Equal(3, stored);
        var bulks = _server.Calls.Where(call => call.Endpoint == "_bulk").ToList();
        Assert.Equal(2, bulks.Count);
        Assert.Equal("ten_acme:upl_1:1", Assert.Single(bulks[1].Body!.AsArray().Where((_, i) => i % 2 == 0))!["index"]!["_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkItemsRefusedWith429EveryTime_FailAsUnavailableAfterTheRetries()
    {
        var refused = """
            { "took": 1, "errors": true, "items": [ { "index": { "_index": "dot-results", "_id": "ten_acme:upl_1:0", "status": 429,
                "error": { "type": "es_rejected_execution_exception", "reason": "rejected execution" } } } ] }
            """;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            _server.Answer("_bulk", refused);
        }
        using var store = _server.Store(new OpenSearchClientOptions { MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(1) });

        var failure = await Assert.ThrowsAsync<OpenSearchException>(() =>
            store.ReplaceUploadResultsAsync(Upload.TenantId, Upload.UploadId, Upload.Results(TestStatus.Passed, 1), CancellationToken.None));

        Assert.True(failure.Unavailable);
        Assert.True(Dot.Storage.Aws.AwsOutage.Caused(failure));
    }

    [Fact]
    public async Task ARefusedSearch_IsAnErrorNamingOpenSearchsReason()
    {
        _server.Answer("_search", """
            { "error": { "root_cause": [ { "type": "index_not_found_exception", "reason": "no such index [dot-results]" } ],
                         "type": "index_not_found_exception", "reason": "no such index [dot-results]" }, "status": 404 }
            """, HttpStatusCode.NotFound);
        using var store = _server.Store();

        var failure = await Assert.ThrowsAsync<OpenSearchException>(() => store.QueryAsync((TestSummaryQuery)SampleQueries.All["TestSummary"], CancellationToken.None));

        Assert.Equal(("index_not_found_exception", false), (failure.ErrorType, failure.Unavailable));
    }

    [Fact]
    public async Task BulkBatches_StayUnderTheSizeLimit()
    {
        using var store = _server.Store(new OpenSearchClientOptions { MaxBatchBytes = 4_000 });

        await store.ReplaceUploadResultsAsync(Upload.TenantId, Upload.UploadId, Upload.Results(TestStatus.Passed, 40), CancellationToken.None);

        var bulks = _server.Calls.Where(call => call.Endpoint == "_bulk").ToList();
        Assert.True(bulks.Count > 1);
        Assert.Equal(80, bulks.Sum(bulk => bulk.Body!.AsArray().Count));
        Assert.All(bulks, bulk => Assert.True(bulk.Body!.ToJsonString().Length < 4_000));
        Assert.Equal(["/_bulk"], bulks.SkipLast(1).Select(bulk => bulk.Path).Distinct());
        Assert.Equal("/_bulk?refresh=wait_for", bulks[^1].Path);
    }

    private static string CompositePage(int size, string afterKey, int valueOffset)
    {
        var buckets = Enumerable.Range(0, size).Select(i =>
            $$"""{ "key": { "f0": "a-{{i:000}}" }, "doc_count": 1, "m0": { "values": [ { "key": 95.0, "value": {{(100 - valueOffset - (i / 10.0)).ToString(CultureInfo.InvariantCulture)}} } ] } }""");
        return $$"""
            { "took": 2, "timed_out": false, "hits": { "total": { "value": {{size}}, "relation": "eq" }, "hits": [] },
              "aggregations": { "groups": { "after_key": {{afterKey}}, "buckets": [ {{string.Join(",", buckets)}} ] } } }
            """;
    }
}
