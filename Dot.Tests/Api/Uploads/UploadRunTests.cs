using System.Net;
using System.Text.Json;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>CI shards and re-runs that post with <c>?run=</c> form one test run.</summary>
public sealed class UploadRunTests(DotApiFactory factory) : IClassFixture<DotApiFactory>
{
    private const string Runs = """
        query($id: ID!) { testRuns(datasetId: $id, first: 10) { edges { node {
          id key uploads flaky durationMs firstUploadAt lastUploadAt summary { total passed failed errored skipped } } } } }
        """;

    [Fact]
    public async Task FourShards_OfOneRun_AreOneRunWithAllResults()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);

        for (var shard = 1; shard <= 4; shard++)
        {
            var answer = await uploads.PostAsync(JUnitReports.Make(passed: shard, failed: 1, seed: $"shard-{shard}"), "?wait=30&run=pipeline-77");
            Assert.Equal(HttpStatusCode.OK, answer.Status);
        }

        var run = Assert.Single(await RunsAsync(scenario));
        Assert.Equal(("pipeline-77", 4), (run.GetProperty("key").GetString(), run.GetProperty("uploads").GetInt32()));
        Assert.Equal(14, run.GetProperty("summary").GetProperty("total").GetInt64());
        Assert.Equal(4, run.GetProperty("summary").GetProperty("failed").GetInt64());
    }

    [Fact]
    public async Task RetriedJob_CountsEachTestOnce_WithItsFinalOutcome_AndFlagsFlips()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        var failing = JUnitReports.Make(passed: 3, failed: 2, seed: "job");
        var retried = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(JUnitReports.Make(passed: 3, seed: "job"))
            .Replace("</testsuite>", "<testcase classname=\"C\" name=\"fail0\"/><testcase classname=\"C\" name=\"fail1\"><failure message=\"again\"/></testcase></testsuite>", StringComparison.Ordinal));

        await uploads.PostAsync(failing, "?wait=30&run=build-9");
        await uploads.PostAsync(retried, "?wait=30&run=build-9");

        var run = Assert.Single(await RunsAsync(scenario));
        var summary = run.GetProperty("summary");
        Assert.Equal((5L, 4L, 1L), (summary.GetProperty("total").GetInt64(), summary.GetProperty("passed").GetInt64(), summary.GetProperty("failed").GetInt64()));
        Assert.Equal(1, run.GetProperty("flaky").GetInt64());
        Assert.Equal(5, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task TheSameReport_InAnotherRun_OrWithAnotherIdempotencyKey_IsANewUpload_WhileARetryIsNot()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        var report = JUnitReports.Make(passed: 2, failed: 1, seed: "same-bytes");

        var first = await uploads.PostAsync(report, "?wait=30&run=pipeline-1");
        var second = await uploads.PostAsync(report, "?wait=30&run=pipeline-2");
        var third = await uploads.PostAsync(report, "?wait=30&run=pipeline-3", r => r.Headers.Add("Idempotency-Key", "other-key"));
        var retry = await uploads.PostAsync(report, "?wait=30&run=pipeline-1");

        Assert.Equal(3, new[] { first.Id, second.Id, third.Id }.Distinct().Count());
        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(["pipeline-1", "pipeline-2", "pipeline-3"], (await RunsAsync(scenario)).Select(r => r.GetProperty("key").GetString()).Order());
    }

    [Fact]
    public async Task UploadsWithoutRun_AreRunsOfTheirOwn()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);

        await uploads.PostAsync(JUnitReports.Make(2));
        await uploads.PostAsync(JUnitReports.Make(3));

        var runs = await RunsAsync(scenario);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, run => Assert.Equal(JsonValueKind.Null, run.GetProperty("key").ValueKind));
    }

    [Fact]
    public async Task TestRuns_OfAnotherTenantsDataset_ReadAsNotFound()
    {
        var acme = await TenantScenario.CreateAsync(factory);
        var globex = new GraphQLClient(factory.CreateClient(), await factory.GetClientTokenAsync("globex-automation"));

        var response = await globex.PostAsync(Runs, new { id = acme.DatasetId });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task TestRuns_WithAForeignCursor_IsInvalidInput()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var response = await scenario.Owner.PostAsync("query($id: ID!) { testRuns(datasetId: $id, after: \"bm9wZQ==\") { edges { cursor } } }", new { id = scenario.DatasetId });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }

    private static async Task<List<JsonElement>> RunsAsync(TenantScenario scenario) =>
        (await scenario.Owner.DataAsync(Runs, new { id = scenario.DatasetId }))
            .GetProperty("testRuns").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
}
