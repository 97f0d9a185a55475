using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>The upload contract of DESIGN section 5: what CI sends, and what it gets back.</summary>
public abstract class UploadEndpointSuite(DotApiFactory factory)
{
    private static readonly string[] Outcomes = ["tests", "passed", "failed", "errored", "skipped"];

    [Fact]
    public async Task Post_WithWait_Answers200WithCounts_AndResultsAreQueryable()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(passed: 7, failed: 2, skipped: 1));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("SUCCEEDED", answer.Json.GetProperty("status").GetString());
        Assert.Equal([10, 7, 2, 0, 1], Outcomes.Select(answer.Count));
        var summary = await scenario.TestSummaryAsync();
        Assert.Equal(10, summary.GetProperty("total").GetInt64());
        Assert.Equal(7.0 / 9, summary.GetProperty("passRate").GetDouble(), 6);
        var listed = Assert.Single(await scenario.UploadsAsync());
        Assert.Equal(answer.Id, listed.GetProperty("id").GetString());
        Assert.Equal("SUCCEEDED", listed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_WithoutWait_Answers202WithStatusUrl_ThatLaterShowsSuccess()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);

        var accepted = await uploads.PostAsync(JUnitReports.Make(3), query: "");

        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
        Assert.EndsWith("/api/v1/uploads/" + accepted.Id, accepted.Json.GetProperty("statusUrl").GetString(), StringComparison.Ordinal);
        var status = await uploads.GetFinishedAsync(accepted.Id, TimeSpan.FromSeconds(10));
        Assert.Equal("SUCCEEDED", status.Json.GetProperty("status").GetString());
        Assert.Equal(3, status.Count("tests"));
    }

    [Fact]
    public async Task SameBytesTwice_GiveTheSameUpload()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        var report = JUnitReports.Make(4);

        var first = await uploads.PostAsync(report);
        var second = await uploads.PostAsync(report);

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await scenario.UploadsAsync());
        Assert.Equal(4, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task SameIdempotencyKey_GivesTheSameUpload()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        void Key(HttpRequestMessage request) => request.Headers.Add("Idempotency-Key", "job-42");

        var first = await uploads.PostAsync(JUnitReports.Make(2), configure: Key);
        var second = await uploads.PostAsync(JUnitReports.Make(5), configure: Key);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ConcurrentUploads_ToOneDataset_AllLand()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);

        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => uploads.PostAsync(JUnitReports.Make(i))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(8, answers.Select(a => a.Id).Distinct().Count());
        Assert.Equal(36, (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Multipart_WithTwoFiles_IsOneUploadWithBothCounts()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(JUnitReports.Make(2)), "file", "TEST-a.xml" },
            { new ByteArrayContent(JUnitReports.Make(3, failed: 1)), "file", "TEST-b.xml" },
        };

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(form);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(6, answer.Count("tests"));
        Assert.Equal(["TEST-a.xml", "TEST-b.xml"], answer.Json.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task RunAndEnvironment_AreKeptOnTheUpload()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(1), "?wait=30&run=pipeline-7&environment=staging");

        Assert.Equal("pipeline-7", answer.Json.GetProperty("run").GetString());
        Assert.Equal("staging", answer.Json.GetProperty("environment").GetString());
    }

    [Fact]
    public async Task FormatParameter_ForcesJUnit()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(2), "?wait=30&format=junit");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("junit", answer.Json.GetProperty("files")[0].GetProperty("format").GetString());
    }

    [Fact]
    public async Task GetStatus_AnswersTheSameObject()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        var posted = await uploads.PostAsync(JUnitReports.Make(2));

        var got = await uploads.GetAsync(posted.Id);

        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal(posted.Body, got.Body);
    }

    [Fact]
    public async Task UploadsConnection_PagesNewestFirst()
    {
        var scenario = await TenantScenario.CreateAsync(factory);
        var uploads = new UploadClient(factory.CreateClient(), scenario.UploadToken);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await uploads.PostAsync(JUnitReports.Make(1))).Id);
        }
        const string Query = "query($id: ID!, $after: String) { uploads(datasetId: $id, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";

        var first = (await scenario.Owner.DataAsync(Query, new { id = scenario.DatasetId })).GetProperty("uploads");
        var second = (await scenario.Owner.DataAsync(Query, new { id = scenario.DatasetId, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("uploads");

        var paged = first.GetProperty("edges").EnumerateArray().Concat(second.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("node").GetProperty("id").GetString());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(Enumerable.Reverse(ids), paged);
    }

    [Fact]
    public async Task UploadsConnection_RefusesPagesOver100()
    {
        var scenario = await TenantScenario.CreateAsync(factory);

        var response = await scenario.Owner.PostAsync("query($id: ID!) { uploads(datasetId: $id, first: 101) { edges { node { id } } } }", new { id = scenario.DatasetId });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
    }
}

public sealed class UploadEndpointTests(DotApiFactory factory) : UploadEndpointSuite(factory), IClassFixture<DotApiFactory>;
