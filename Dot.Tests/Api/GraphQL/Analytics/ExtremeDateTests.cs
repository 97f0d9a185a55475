using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>
/// Instants near the ends of the calendar, from which a window, a bucket or an age would run past them, are
/// INVALID_INPUT naming the range DoT accepts, and nothing is logged as a failure (the probe's F5).
/// </summary>
public sealed class ExtremeDateTests : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly DotApiFactory _factory;

    public ExtremeDateTests() =>
        _factory = new DotApiFactory { TestServices = s => s.AddLogging(l => l.AddProvider(_logs)) };

    public void Dispose()
    {
        _factory.Dispose();
        _logs.Dispose();
    }

    [Theory]
    [InlineData("{ passRateTrend(to: \"0001-01-02T00:00:00Z\") { bucket } }")]
    [InlineData("{ passRateTrend(from: \"9999-12-30T00:00:00Z\", interval: MONTH) { bucket } }")]
    [InlineData("{ passRateTrend(from: \"9999-12-30T00:00:00Z\", to: \"9999-12-31T00:00:00Z\", interval: MONTH) { bucket } }")]
    [InlineData("{ passRateTrend(from: \"9999-12-31T00:00:00Z\", to: \"9999-12-31T23:59:59Z\", interval: DAY) { bucket } }")]
    [InlineData("{ defectAging(at: \"0001-01-01T00:00:00Z\") { count } }")]
    [InlineData("{ testResults(filter: { to: \"0001-01-02T00:00:00Z\" }) { edges { cursor } } }")]
    [InlineData("{ workItemThroughput(from: \"1969-12-31T23:59:59Z\", to: \"1970-01-02T00:00:00Z\") { count } }")]
    [InlineData("{ appRatingTrend(from: \"2999-12-31T00:00:00Z\", to: \"3000-01-01T00:00:00Z\") { count } }")]
    public async Task AnInstantOutsideTheRange_IsInvalidInputNamingTheRange(string query)
    {
        var client = await ClientAsync();

        var response = await client.PostAsync(query);

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.Contains("must be at or after 1970-01-01T00:00:00Z and before 3000-01-01T00:00:00Z", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Messages, m => m.Contains("GraphQL resolver failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TestSummary_FromBeforeTheRange_IsInvalidInput()
    {
        var scenario = await TenantScenario.CreateAsync(_factory);

        var response = await scenario.Owner.PostAsync("query($id: ID!) { testSummary(datasetId: $id, from: \"0001-01-01T00:00:00Z\") { total } }", new { id = scenario.DatasetId });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task TheEndsOfTheRange_AreAnswered()
    {
        var client = await ClientAsync();

        var first = await client.DataAsync("{ passRateTrend(from: \"1970-01-01T00:00:00Z\", to: \"1970-02-01T00:00:00Z\", interval: MONTH) { bucket } }");
        var last = await client.DataAsync("{ defectAging(at: \"2999-12-31T23:59:59Z\") { count } }");

        Assert.Equal("1970-01-01T00:00:00Z", first.GetProperty("passRateTrend")[0].GetProperty("bucket").GetString());
        Assert.Equal(5, last.GetProperty("defectAging").GetArrayLength());
    }

    private async Task<GraphQLClient> ClientAsync() => new(_factory.CreateClient(), await _factory.GetClientTokenAsync("acme-automation"));
}
