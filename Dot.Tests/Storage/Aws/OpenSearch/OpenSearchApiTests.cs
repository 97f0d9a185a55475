using System.Text.Json.Nodes;
using Dot.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// The API with <c>Storage:Analytics=Aws</c> against a stand-in for OpenSearch's HTTP API (WireMock, answering as
/// OpenSearch documents it): the start applies the index templates and creates the indexes, and a dashboard query is
/// answered from an OpenSearch search routed by, and filtered on, the caller's tenant.
/// </summary>
public sealed class OpenSearchApiTests : IDisposable
{
    private readonly WireMockServer _openSearch = WireMockServer.Start();

    public OpenSearchApiTests()
    {
        _openSearch.Given(Request.Create().UsingAnyMethod().WithPath(new WildcardMatcher("/*"))).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{ "acknowledged": true }"""));
        _openSearch.Given(Request.Create().UsingPost().WithPath("/dot-results/_search")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""
                { "took": 3, "timed_out": false, "hits": { "total": { "value": 8, "relation": "eq" }, "max_score": null, "hits": [] },
                  "aggregations": { "statuses": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                    "buckets": [ { "key": "passed", "doc_count": 7 }, { "key": "failed", "doc_count": 1 } ] } } }
                """));
    }

    public void Dispose() => _openSearch.Dispose();

    [Fact]
    public async Task WithAnalyticsOnOpenSearch_TheStartAppliesTheTemplates_AndTestSummaryIsAnsweredFromATenantScopedSearch()
    {
        using var factory = new DotApiFactory();
        factory.Settings["Storage:Analytics"] = "Aws";
        factory.Settings["Storage:Aws:OpenSearch:Url"] = _openSearch.Url;
        var scenario = await TenantScenario.CreateAsync(factory);
        var tenant = (await scenario.Owner.DataAsync("{ me { tenant { id } } }")).GetProperty("me").GetProperty("tenant").GetProperty("id").GetString();

        var summary = await scenario.TestSummaryAsync();

        Assert.Equal((8, 7, 1), (summary.GetProperty("total").GetInt64(), summary.GetProperty("passed").GetInt64(), summary.GetProperty("failed").GetInt64()));
        var requests = _openSearch.LogEntries.Select(entry => entry.RequestMessage).ToList();
        Assert.Contains(requests, request => request.Method == "PUT" && request.Path == "/_index_template/dot-results");
        Assert.Contains(requests, request => request.Method == "PUT" && request.Path == "/dot-reviews");
        var search = Assert.Single(requests, request => request.Path == "/dot-results/_search");
        Assert.Equal(tenant, search.Query!["routing"].Single());
        var filter = JsonNode.Parse(search.Body!)!["query"]!["bool"]!["filter"]!.AsArray();
        Assert.Equal(tenant, filter[0]!["term"]!["tenant"]!["value"]!.GetValue<string>());
        Assert.Equal([scenario.DatasetId], filter[1]!["terms"]!["dataset"]!.AsArray().Select(node => node!.GetValue<string>()));
    }
}
