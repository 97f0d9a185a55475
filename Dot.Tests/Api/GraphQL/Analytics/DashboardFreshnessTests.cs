using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>Dashboard answers are cached, yet the next question after an upload is stored sees it.</summary>
public sealed class DashboardFreshnessTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string Dashboard = """
        query($id: ID!) {
          testSummary(datasetId: $id) { total }
          passRateTrend(datasetId: $id, interval: DAY) { total }
          topFailures(datasetId: $id) { count }
        }
        """;

    [Fact]
    public async Task TheSameDashboardAskedAgain_AfterAnUpload_CountsThatUpload()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        await uploads.PostAsync(JUnitReports.Make(passed: 2));
        var before = await scenario.Owner.DataAsync(Dashboard, new { id = scenario.DatasetId });
        var again = await scenario.Owner.DataAsync(Dashboard, new { id = scenario.DatasetId });

        await uploads.PostAsync(JUnitReports.Make(passed: 3, failed: 1));
        var after = await scenario.Owner.DataAsync(Dashboard, new { id = scenario.DatasetId });

        Assert.Equal(before.ToString(), again.ToString());
        Assert.Equal((2, 2), (Total(before), TrendTotal(before)));
        Assert.Equal((6, 6), (Total(after), TrendTotal(after)));
    }

    private static long Total(JsonElement data) => data.GetProperty("testSummary").GetProperty("total").GetInt64();

    private static long TrendTotal(JsonElement data) =>
        data.GetProperty("passRateTrend").EnumerateArray().Sum(point => point.GetProperty("total").GetInt64());
}
