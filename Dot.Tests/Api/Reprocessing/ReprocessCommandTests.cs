using System.Net;
using Dot.Api.Reprocessing;
using Dot.Domain.Analytics;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Reprocessing;

/// <summary>
/// The operator's way back from a lost analytics store: the reprocess command, run beside the API on the same
/// configuration, queues the finished uploads of the tenant it names, and the API's worker rebuilds the same answers
/// from the raw store; other tenants' uploads are left alone, and a wrong scope queues nothing. (The analytics are
/// lost in the running API: a second in-process API on the same folder cannot sign development tokens, as the
/// first one disposed the key the token library caches.)
/// </summary>
public sealed class ReprocessCommandTests : IDisposable
{
    private const string Summary = "query($id: ID!) { testSummary(datasetId: $id) { total passed failed errored skipped passRate } uploads(datasetId: $id, first: 10) { edges { node { status counts { tests } } } } }";
    private readonly string _dataPath = DotApiFactory.CreateDataPath();

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    [Fact]
    public async Task AfterTheAnalyticsAreLost_ReprocessingATenant_RebuildsItsAnswers_AndLeavesOtherTenantsAlone()
    {
        await using var api = new DotApiFactory { DataPath = _dataPath, DeleteDataOnDispose = false };
        var acme = await TenantScenario.CreateAsync(api);
        var globex = await TenantScenario.CreateAsync(api, "globex-automation");
        await UploadAsync(api, acme, JUnitReports.Make(passed: 3, failed: 1));
        await UploadAsync(api, acme, JUnitReports.Make(passed: 2, skipped: 2));
        await UploadAsync(api, globex, JUnitReports.Make(passed: 5));
        var acmeTenant = await TenantIdAsync(acme);
        var acmeAnswers = await AnswersAsync(acme.Owner, acme.DatasetId);
        await LoseAnalyticsAsync(api, acmeTenant, acme);
        await LoseAnalyticsAsync(api, await TenantIdAsync(globex), globex);
        Assert.Equal((0L, 0L), (await TotalAsync(acme), await TotalAsync(globex)));
        var output = new StringWriter();

        var exitCode = await ReprocessCommand.RunAsync(["reprocess", "--tenant", acmeTenant, "--Storage:Embedded:Path", _dataPath], output);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Queued 2 uploads of 1 datasets in 1 tenants", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(acmeAnswers, await WaitForAsync(acme.Owner, acme.DatasetId, answers => answers == acmeAnswers));
        Assert.Equal(0, await TotalAsync(globex));
        Assert.Equal("SUCCEEDED", (await globex.UploadsAsync()).Single().GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("--dataset", "dst_any")]
    [InlineData("--tenant", "ten_unknown")]
    [InlineData("--tenant")]
    public async Task AWrongScope_ExitsWith2AndSaysWhy_QueueingNothing(params string[] scope)
    {
        await using var api = new DotApiFactory { DataPath = _dataPath, DeleteDataOnDispose = false };
        var acme = await TenantScenario.CreateAsync(api);
        await UploadAsync(api, acme, JUnitReports.Make(passed: 1));
        var output = new StringWriter();

        var exitCode = await ReprocessCommand.RunAsync(["reprocess", .. scope, "--Storage:Embedded:Path", _dataPath], output);

        Assert.Equal(2, exitCode);
        Assert.Contains(ReprocessCommand.Usage, output.ToString(), StringComparison.Ordinal);
        Assert.Equal("SUCCEEDED", (await acme.UploadsAsync()).Single().GetProperty("status").GetString());
    }

    private static async Task UploadAsync(DotApiFactory factory, TenantScenario scenario, byte[] report) =>
        Assert.Equal(HttpStatusCode.OK, (await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(report)).Status);

    private static async Task<string> TenantIdAsync(TenantScenario scenario) =>
        (await scenario.Owner.DataAsync("{ me { tenant { id } } }")).GetProperty("me").GetProperty("tenant").GetProperty("id").GetString()!;

    /// <summary>The dataset's summary and its uploads' statuses and counts, as one comparable text.</summary>
    private static async Task<string> AnswersAsync(GraphQLClient owner, string datasetId) => (await owner.DataAsync(Summary, new { id = datasetId })).GetRawText();

    private static async Task<long> TotalAsync(TenantScenario scenario) => (await scenario.TestSummaryAsync()).GetProperty("total").GetInt64();

    /// <summary>What a lost analytics store leaves: the upload records and raw files, none of their documents (deleted through the API's own writer, so its cache forgets them too).</summary>
    private static async Task LoseAnalyticsAsync(DotApiFactory api, string tenantId, TenantScenario scenario)
    {
        var analytics = api.Services.GetRequiredService<IAnalyticsWriter>();
        foreach (var upload in await scenario.UploadsAsync())
        {
            await analytics.DeleteUploadAsync(tenantId, upload.GetProperty("id").GetString()!, CancellationToken.None);
        }
    }

    /// <summary>The answers once <paramref name="done"/> holds (the worker polls for jobs queued by another process), or the last seen after 60 s.</summary>
    private static async Task<string> WaitForAsync(GraphQLClient owner, string datasetId, Func<string, bool> done)
    {
        var answers = await AnswersAsync(owner, datasetId);
        for (var waited = 0; !done(answers) && waited < 600; waited++)
        {
            await Task.Delay(100);
            answers = await AnswersAsync(owner, datasetId);
        }
        return answers;
    }
}
