using System.Text.Json.Nodes;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// The exact path and body of every request the OpenSearch adapter sends for each query and write, kept as
/// snapshots under <c>__snapshots__</c>: each shows the index, the <c>routing</c> and the tenant filter. The adapter
/// talks to <see cref="RecordingOpenSearch"/>, which answers as an empty index does (or with the recorded answer a
/// test queues), and every request is also checked to be held to the tenant.
/// </summary>
public sealed class OpenSearchRequestSnapshotTests : IDisposable
{
    private const string Tenant = SampleQueries.Tenant;
    private static readonly DateTimeOffset Noon = SampleDocuments.Noon;

    private readonly RecordingOpenSearch _server = new();

    public void Dispose() => _server.Dispose();

    public static TheoryData<string> Queries => new(SampleQueries.All.Keys);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query(string name)
    {
        var snapshot = Snapshot.FullName(SnapshotNameExtension.Create(name));
        using var store = _server.Store();

        await SampleQueries.AskAsync(store, SampleQueries.All[name]);

        Match(snapshot);
    }

    [Fact]
    public async Task Query_OfADedicatedTenant_GoesToItsOwnIndexWithTheSameFilterAndRouting()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store(null, Tenant);

        await SampleQueries.AskAsync(store, SampleQueries.All["TestSummary"]);

        Match(snapshot);
    }

    [Fact]
    public async Task ReplaceUploadResults_InARun_IndexesDeletesLeftoversFlagsFlakyAndSupersedes()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store();
        _server.Answer("_search", """
            { "took": 2, "timed_out": false, "hits": { "total": { "value": 3, "relation": "eq" }, "hits": [] },
              "aggregations": { "groups": { "after_key": { "test": "k-1" }, "buckets": [ { "key": { "test": "k-1" }, "doc_count": 1 } ] } } }
            """);
        TestResultDocument Result(string name, TestStatus status) => new(
            Tenant, SampleQueries.Dataset, "upl_2", "nightly-7", "ci", "checkout", "Cart", name, status, 12.5,
            status == TestStatus.Failed ? "expected 2 items, got 3" : null, status == TestStatus.Failed ? "AssertionError" : null,
            Noon, false, Noon.AddMinutes(5));

        var stored = await store.ReplaceUploadResultsAsync(Tenant, "upl_2",
            [Result("adds an item", TestStatus.Passed), Result("removes an item", TestStatus.Failed)], CancellationToken.None);

        Assert.Equal(2, stored);
        Match(snapshot);
    }

    [Fact]
    public async Task ReplaceUploadResults_WithoutARunKey_IndexesAndDeletesLeftoversOnly()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store();

        await store.ReplaceUploadResultsAsync(Tenant, "upl_3", [new(
            Tenant, SampleQueries.Dataset, "upl_3", null, null, null, null, "smoke", TestStatus.Skipped, 0, null, null, Noon, false, Noon)], CancellationToken.None);

        Match(snapshot);
    }

    [Fact]
    public async Task ReplaceUploadWorkItems_IndexesDeletesLeftoversAndSupersedesOlderSnapshots()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store();

        await store.ReplaceUploadWorkItemsAsync(Tenant, "upl_4", [new WorkItemDocument(Tenant, SampleQueries.Dataset, "upl_4", SampleDocuments.Defect, Noon)], CancellationToken.None);

        Match(snapshot);
    }

    [Fact]
    public async Task UpsertReviews_IndexesTheLastOfEachUnderItsKeyedId()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store();
        var review = new ReviewDocument(Tenant, SampleQueries.OtherDataset, "app-store:123456", "r-1", 4, Noon) { Title = "Good", Language = "en", AppVersion = "2.3" };

        var earlier = new ReviewDocument(Tenant, SampleQueries.OtherDataset, "app-store:123456", "r-1", 2, Noon.AddDays(-1));

        var stored = await store.UpsertReviewsAsync(Tenant, [earlier, review], CancellationToken.None);

        Assert.Equal(1, stored);
        Match(snapshot);
    }

    [Fact]
    public async Task RemoveWorkItemsExcept_ListsTheDatasetsKeysThenDeletesTheOnesGone()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store();
        _server.Answer("_search", """
            { "took": 1, "timed_out": false, "hits": { "total": { "value": 2, "relation": "eq" }, "hits": [] },
              "aggregations": { "groups": { "after_key": { "key": "SHOP-9" },
                "buckets": [ { "key": { "key": "SHOP-7" }, "doc_count": 2 }, { "key": { "key": "SHOP-9" }, "doc_count": 1 } ] } } }
            """);

        var removed = await store.RemoveWorkItemsExceptAsync(Tenant, SampleQueries.Dataset, new HashSet<string> { "SHOP-7" }, CancellationToken.None);

        Assert.Equal(1, removed);
        Match(snapshot);
    }

    [Fact]
    public async Task DeleteUpload_DeletesItsResultsAndWorkItems()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store();

        await store.DeleteUploadAsync(Tenant, "upl_2", CancellationToken.None);

        Match(snapshot);
    }

    [Fact]
    public async Task DeleteReviewsBefore_DeletesAtMostTheLimit()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store();

        await store.DeleteReviewsBeforeAsync(Tenant, SampleQueries.Dataset, Noon, 100, CancellationToken.None);

        Match(snapshot);
    }

    [Fact]
    public async Task EnsureIndexes_AppliesAStrictTemplatePerKindThenCreatesTheIndexes()
    {
        var snapshot = Snapshot.FullName();
        using var store = _server.Store(null, "ten_Big");

        await store.EnsureIndexesAsync(CancellationToken.None);

        Snapshot.Match(Recorded(), snapshot);
    }

    /// <summary>Checks every request is held to the tenant, then matches them all with the test's snapshot (named before any await).</summary>
    private void Match(SnapshotFullName snapshot)
    {
        Assert.NotEmpty(_server.Calls);
        Assert.All(_server.Calls, call => TenantScope.AssertScoped(call, Tenant));
        Snapshot.Match(Recorded(), snapshot);
    }

    /// <summary>The requests as sent: dates stay the text they were (Json.NET would read them as dates and write them back its own way).</summary>
    private JToken Recorded()
    {
        var text = new JsonArray(_server.Calls
            .Select(call => (JsonNode)new JsonObject { ["request"] = $"{call.Method} {call.Path}", ["body"] = call.Body?.DeepClone() })
            .ToArray()).ToJsonString();
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
