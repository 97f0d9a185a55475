using System.Net;
using Dot.Tests.Api.GraphQL.ReadTokens;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>
/// Dashboards reading with read tokens: a dataset's token reads only that dataset; a PUBLIC one reads app ratings
/// (Public data) and nothing of results, defects or work items (Restricted).
/// </summary>
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

    [Fact]
    public async Task ReadTokens_ReadDefectsOfTheirDatasetsOnly()
    {
        const string Aging = "query($d: ID) { defectAging(datasetId: $d) { count } }";
        var tenant = await DashboardAsync(null, "RESTRICTED");
        var mobile = await DashboardAsync(seed.MobileDatasetId, "RESTRICTED");

        var everyDataset = await tenant.DataAsync(Aging, new { d = (string?)null });
        var mobileOnly = await mobile.DataAsync(Aging, new { d = (string?)null });
        var web = await mobile.PostAsync(Aging, new { d = seed.WebDatasetId });

        Assert.Equal(6, everyDataset.GetProperty("defectAging").EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
        Assert.Equal(1, mobileOnly.GetProperty("defectAging").EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
        Assert.Equal(["NOT_FOUND"], web.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(DashboardIsolationTests.PublicQueries), MemberType = typeof(DashboardIsolationTests))]
    public async Task APublicReadToken_ReadsPublicDashboardQueries_AsTheOwnerDoes(string query)
    {
        var publicOnly = await DashboardAsync(null, "PUBLIC");

        var read = await publicOnly.DataAsync(query, new { to = To });
        var owners = await seed.Acme.DataAsync(query, new { to = To });

        Assert.Equal(owners.GetRawText(), read.GetRawText());
    }

    [Fact]
    public async Task ADatasetsPublicReadToken_ReadsOnlyThatDatasetsRatings()
    {
        const string Trend = "query($d: ID, $to: DateTime) { appRatingTrend(datasetId: $d, interval: MONTH, to: $to) { count } }";
        var mobile = await DashboardAsync(seed.MobileDatasetId, "PUBLIC");

        var data = await mobile.DataAsync(Trend, new { d = (string?)null, to = To });
        var web = await mobile.PostAsync(Trend, new { d = seed.WebDatasetId, to = To });

        Assert.Equal(5, data.GetProperty("appRatingTrend").EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
        Assert.Equal(["NOT_FOUND"], web.ErrorCodes);
    }

    [Fact]
    public async Task APublicReadToken_AskingForRatingsAndDefects_GetsNeither()
    {
        var publicOnly = await DashboardAsync(null, "PUBLIC");

        var response = await publicOnly.PostAsync("query($to: DateTime) { appRatingTrend(to: $to) { count } defectSummary(to: $to) { key } }", new { to = To });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
    }
}
