using System.Net;
using Dot.Tests.Api.GraphQL.ReadTokens;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>Dashboards reading with read tokens: a dataset's token reads only that dataset, a PUBLIC one no results.</summary>
[Collection(SeededDashboardsGroup.Name)]
public sealed class DashboardReadTokenTests(SeededDashboards seed)
{
    private const string To = SeededDashboards.To;

    private async Task<GraphQLClient> DashboardAsync(string? datasetId, string scope)
    {
        var (secret, _) = await ReadTokenScenario.CreateReadTokenAsync(seed.Acme, datasetId, scope);
        return new GraphQLClient(seed.Factory.CreateClient(), secret);
    }

    [Fact]
    public async Task ADatasetsReadToken_WithoutDatasetId_ReadsOnlyThatDataset()
    {
        var mobile = await DashboardAsync(seed.MobileDatasetId, "RESTRICTED");

        var data = await mobile.DataAsync("query($to: DateTime) { passRateTrend(interval: MONTH, to: $to) { total } topFailures(to: $to) { fingerprint } }", new { to = To });
        var web = await mobile.PostAsync("query($d: ID, $to: DateTime) { slowestTests(datasetId: $d, to: $to) { name } }", new { d = seed.WebDatasetId, to = To });

        Assert.Equal(6, data.GetProperty("passRateTrend").EnumerateArray().Sum(p => p.GetProperty("total").GetInt64()));
        Assert.Equal(["Assert.Equal() Failure: Expected <n>, Actual <n>"], data.GetProperty("topFailures").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()));
        Assert.Equal(["NOT_FOUND"], web.ErrorCodes);
    }

    [Fact]
    public async Task ATenantsReadToken_ReadsEveryDataset()
    {
        var tenant = await DashboardAsync(null, "RESTRICTED");

        var data = await tenant.DataAsync("query($to: DateTime) { passRateTrend(interval: MONTH, to: $to) { total } }", new { to = To });

        Assert.Equal(42, data.GetProperty("passRateTrend").EnumerateArray().Sum(p => p.GetProperty("total").GetInt64()));
    }

    [Theory]
    [MemberData(nameof(DashboardIsolationTests.EveryQuery), MemberType = typeof(DashboardIsolationTests))]
    public async Task APublicReadToken_IsDeniedEveryDashboardQuery(string query)
    {
        var publicOnly = await DashboardAsync(null, "PUBLIC");

        var response = await publicOnly.PostAsync(query, new { d = seed.WebDatasetId, to = To });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
    }
}
