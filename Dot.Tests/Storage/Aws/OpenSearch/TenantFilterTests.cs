using System.Text.Json.Nodes;
using Dot.Domain.Analytics;
using Dot.Domain.Results;
using Dot.Storage.Aws.OpenSearch;
using Dot.Storage.Aws.OpenSearch.Client;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// No query can leave the tenant out: every query type the domain defines has a sample here (a new type fails the
/// first test until it has one), and every request each sample sends carries the tenant's routing, the tenant term
/// and the scope's datasets; the filter wraps whatever a reader asked for, however it was built.
/// </summary>
public sealed class TenantFilterTests
{
    [Fact]
    public void EveryQueryTypeOfTheDomainHasASample()
    {
        var defined = typeof(IAnalyticsQuery).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IAnalyticsQuery).IsAssignableFrom(type))
            .Select(type => type.Name);

        Assert.Equal(defined.Order(), SampleQueries.All.Values.Select(query => query.GetType().Name).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(OpenSearchRequestSnapshotTests.Queries), MemberType = typeof(OpenSearchRequestSnapshotTests))]
    public async Task EveryRequestOfAQueryCarriesTheTenantsRoutingTermAndDatasets(string name)
    {
        using var server = new RecordingOpenSearch();
        using var store = server.Store();
        var query = SampleQueries.All[name];

        await SampleQueries.AskAsync(store, query);

        Assert.NotEmpty(server.Calls);
        Assert.All(server.Calls, call =>
        {
            TenantScope.AssertScoped(call, SampleQueries.Tenant);
            var datasets = call.Body!["query"]!["bool"]!["filter"]![1]!["terms"]!["dataset"]!.AsArray().Select(node => node!.GetValue<string>());
            Assert.Equal(query.Scope.DatasetIds, datasets);
        });
    }

    [Fact]
    public async Task AScopeWithoutDatasetsAsksForNoDataset()
    {
        using var server = new RecordingOpenSearch();
        using var store = server.Store();

        var summary = await store.QueryAsync(new TestSummaryQuery(AnalyticsScope.Of(SampleQueries.Tenant), null, null), CancellationToken.None);

        Assert.Equal(TestSummary.Empty, summary);
        var filter = Assert.Single(server.Calls).Body!["query"]!["bool"]!["filter"]!.AsArray();
        Assert.Empty(filter[1]!["terms"]!["dataset"]!.AsArray());
    }

    [Fact]
    public void TheScopeFilterWrapsTheReadersQueryRatherThanReplacingIt()
    {
        var readers = Query.Any([Query.TermOf("tenant", "ten_other"), Query.ExistsOf("name")]);

        var sent = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(TenantIndex.InScope(SampleQueries.Scope, readers), OpenSearchJson.Options))!;

        var filter = sent["bool"]!["filter"]!.AsArray();
        Assert.Equal(SampleQueries.Tenant, filter[0]!["term"]!["tenant"]!["value"]!.GetValue<string>());
        Assert.NotNull(filter[2]!["bool"]!["should"]);
    }
}
