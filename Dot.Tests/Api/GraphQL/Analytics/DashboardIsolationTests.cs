using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>Globex passes Acme's ids to every dashboard query and learns nothing; tenant-wide answers stay in their tenant.</summary>
[Collection(SeededDashboardsGroup.Name)]
public sealed class DashboardIsolationTests(SeededDashboards seed)
{
    private const string To = SeededDashboards.To;

    public static TheoryData<string> EveryQuery => new()
    {
        "query($d: ID, $to: DateTime) { passRateTrend(datasetId: $d, to: $to) { bucket total } }",
        "query($d: ID, $to: DateTime) { testResults(datasetId: $d, filter: { to: $to }) { edges { node { id name failureMessage } } } }",
        "query($d: ID, $to: DateTime) { flakyTests(datasetId: $d, to: $to) { name } }",
        "query($d: ID, $to: DateTime) { slowestTests(datasetId: $d, to: $to) { name } }",
        "query($d: ID, $to: DateTime) { topFailures(datasetId: $d, to: $to) { fingerprint message } }",
        "query($d: ID, $to: DateTime) { defectSummary(datasetId: $d, groupBy: COMPONENT, from: \"2024-09-01T00:00:00Z\", to: $to) { key total } }",
        "query($d: ID) { defectAging(datasetId: $d) { fromDays count } }",
        "query($d: ID, $to: DateTime) { workItemThroughput(datasetId: $d, to: $to) { bucket count } }",
    };

    /// <summary>The dashboard queries of Public data, which a PUBLIC read token may read too.</summary>
    public static TheoryData<string> PublicQueries => new()
    {
        "query($d: ID, $to: DateTime) { appRatingTrend(datasetId: $d, to: $to) { bucket count averageRating } }",
    };

    [Theory]
    [MemberData(nameof(EveryQuery))]
    [MemberData(nameof(PublicQueries))]
    public async Task AnotherTenantsDatasetId_ReadsAsNotFound(string query)
    {
        var response = await seed.Globex.PostAsync(query, new { d = seed.WebDatasetId, to = To });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.DoesNotContain("shop.", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryQuery))]
    [MemberData(nameof(PublicQueries))]
    public async Task WithoutDatasetId_EachTenantReadsOnlyItsOwnResults(string query)
    {
        var acme = await seed.Acme.PostAsync(query, new { to = To });
        var globex = await seed.Globex.PostAsync(query, new { to = To });

        Assert.False(acme.HasErrors || globex.HasErrors, acme.Body + globex.Body);
        Assert.DoesNotContain("globex", acme.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("shop", globex.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Mobile", globex.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutDatasetId_AnotherTenantsResultsAreNeverCounted()
    {
        const string Trend = "query($to: DateTime) { passRateTrend(interval: MONTH, to: $to) { total } }";

        var acme = await seed.Acme.DataAsync(Trend, new { to = To });
        var globex = await seed.Globex.DataAsync(Trend, new { to = To });

        Assert.Equal(42, acme.GetProperty("passRateTrend").EnumerateArray().Sum(p => p.GetProperty("total").GetInt64()));
        Assert.Equal(2, globex.GetProperty("passRateTrend").EnumerateArray().Sum(p => p.GetProperty("total").GetInt64()));
    }

    [Theory]
    [InlineData("{ points: defectAging { count } }", 6, 1)]
    [InlineData("query($to: DateTime) { points: workItemThroughput(interval: MONTH, to: $to) { count } }", 5, 1)]
    [InlineData("query($to: DateTime) { points: appRatingTrend(interval: MONTH, to: $to) { count } }", 6, 2)]
    public async Task WithoutDatasetId_AnotherTenantsWorkItemsAndReviewsAreNeverCounted(string query, long acmeCount, long globexCount)
    {
        var acme = await seed.Acme.DataAsync(query, new { to = To });
        var globex = await seed.Globex.DataAsync(query, new { to = To });

        Assert.Equal(acmeCount, acme.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
        Assert.Equal(globexCount, globex.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task AReadOnlyMember_ReadsDashboards_AndNoTokenReadsNothing()
    {
        var dashboard = new GraphQLClient(seed.Factory.CreateClient(), await seed.Factory.GetClientTokenAsync("acme-dashboard"));
        var anonymous = new GraphQLClient(seed.Factory.CreateClient(), token: null);
        const string Failures = "query($to: DateTime) { topFailures(to: $to, first: 1) { count } }";

        var data = await dashboard.DataAsync(Failures, new { to = To });
        var refused = await anonymous.PostAsync(Failures, new { to = To });

        Assert.Equal(3, data.GetProperty("topFailures")[0].GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.DoesNotContain("Timeout", refused.Body, StringComparison.Ordinal);
    }
}
