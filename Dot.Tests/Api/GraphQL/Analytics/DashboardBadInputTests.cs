using System.Text.Json;

namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>What dashboard queries refuse with INVALID_INPUT, before anything is scanned, and how their pages chain.</summary>
[Collection(SeededDashboardsGroup.Name)]
public sealed class DashboardBadInputTests(SeededDashboards seed)
{
    private const string To = SeededDashboards.To;

    private async Task AssertInvalidAsync(string query, object? variables = null, string? message = null)
    {
        var response = await seed.Acme.PostAsync(query, variables);

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        if (message is not null)
        {
            Assert.Contains(message, response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("testResults(first: $n) { edges { cursor } }")]
    [InlineData("flakyTests(first: $n) { name }")]
    [InlineData("slowestTests(first: $n) { name }")]
    [InlineData("topFailures(first: $n) { count }")]
    public async Task First_Over100OrUnder1_IsInvalid(string field)
    {
        await AssertInvalidAsync($"query($n: Int) {{ {field} }}", new { n = 101 }, "'first' must be from 1 to 100.");
        await AssertInvalidAsync($"query($n: Int) {{ {field} }}", new { n = 0 });
    }

    [Theory]
    [InlineData("bm9wZQ==")]
    [InlineData("not a cursor")]
    public async Task TestResults_AfterACursorThatIsNotOne_IsInvalid(string after)
    {
        await AssertInvalidAsync("query($a: String) { testResults(after: $a) { edges { cursor } } }", new { a = after }, "'after' is not a cursor");
    }

    [Fact]
    public async Task TestResults_AfterACursorOfAnotherOrder_IsInvalid()
    {
        var page = await seed.Acme.DataAsync("query($to: DateTime) { testResults(first: 1, filter: { to: $to }) { pageInfo { endCursor } } }", new { to = To });
        var cursor = page.GetProperty("testResults").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        await AssertInvalidAsync(
            "query($a: String, $to: DateTime) { testResults(after: $a, filter: { to: $to }, orderBy: { field: NAME }) { edges { cursor } } }",
            new { a = cursor, to = To });
    }

    [Theory]
    [InlineData("passRateTrend(from: $from, to: $to, interval: MONTH) { total }")]
    [InlineData("testResults(filter: { from: $from, to: $to }) { edges { cursor } }")]
    [InlineData("flakyTests(from: $from, to: $to) { name }")]
    [InlineData("slowestTests(from: $from, to: $to) { name }")]
    [InlineData("topFailures(from: $from, to: $to) { count }")]
    [InlineData("defectSummary(from: $from, to: $to) { total }")]
    [InlineData("workItemThroughput(from: $from, to: $to, interval: MONTH) { count }")]
    [InlineData("appRatingTrend(from: $from, to: $to, interval: MONTH) { count }")]
    public async Task AWindowWiderThanTheMaximum_OrEmpty_IsInvalid(string field)
    {
        var query = $"query($from: DateTime, $to: DateTime) {{ {field} }}";

        await AssertInvalidAsync(query, new { from = "2024-02-01T00:00:00Z", to = "2025-03-08T00:00:00Z" }, "at most 400 days");
        await AssertInvalidAsync(query, new { from = To, to = To }, "'from' must be before 'to'.");
        await AssertInvalidAsync(query, new { from = "2025-03-09T00:00:00Z", to = To }, "'from' must be before 'to'.");
    }

    [Theory]
    [InlineData("passRateTrend")]
    [InlineData("workItemThroughput")]
    [InlineData("appRatingTrend")]
    public async Task ATrendWithMoreBucketsThanTheMaximum_IsInvalid(string trend)
    {
        await AssertInvalidAsync(
            $"{{ {trend}(interval: HOUR, from: \"2025-01-01T00:00:00Z\", to: \"2025-03-01T00:00:00Z\") {{ bucket }} }}",
            message: "more than 1000 HOUR buckets");
    }

    [Fact]
    public async Task PassRateTrend_WithAWindowInItsFilter_IsInvalid()
    {
        await AssertInvalidAsync("{ passRateTrend(filter: { from: \"2025-03-01T00:00:00Z\" }) { total } }", message: "leave them out of 'filter'");
    }

    [Fact]
    public async Task AFilterWithNoStatus_IsInvalid()
    {
        await AssertInvalidAsync("{ testResults(filter: { status: [] }) { edges { cursor } } }", message: "'status' needs at least one value");
    }

    [Theory]
    [InlineData("passRateTrend { total }")]
    [InlineData("defectSummary { total }")]
    [InlineData("defectAging { count }")]
    [InlineData("workItemThroughput { count }")]
    [InlineData("appRatingTrend { count }")]
    public async Task TwentyFiveAggregatesInOneRequest_ExceedTheComplexityLimit(string field)
    {
        var fields = string.Concat(Enumerable.Range(0, 25).Select(i => $" t{i}: {field}"));

        var response = await seed.Acme.PostAsync("{" + fields + " }");

        Assert.Contains(response.ErrorCodes, code => code.Contains("COMPLEXITY", StringComparison.Ordinal));
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task TestResults_PagesChainWithoutGapsOrRepeats()
    {
        const string Page = """
            query($after: String, $to: DateTime) { testResults(first: 7, after: $after, filter: { to: $to }, orderBy: { field: DURATION, direction: ASC }) {
              edges { node { id } } pageInfo { hasNextPage endCursor } } }
            """;
        var everything = await IdsAsync(await seed.Acme.DataAsync(Page.Replace("first: 7", "first: 100", StringComparison.Ordinal), new { after = (string?)null, to = To }));
        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = (await seed.Acme.DataAsync(Page, new { after, to = To })).GetProperty("testResults");
            paged.AddRange(await IdsAsync(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(42, everything.Count);
        Assert.Equal(everything, paged);
    }

    private static Task<List<string>> IdsAsync(JsonElement data)
    {
        var connection = data.TryGetProperty("testResults", out var inner) ? inner : data;
        return Task.FromResult(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList());
    }
}
