using System.Net;
using Dot.Domain.Identifiers;
using Dot.Domain.Results;
using Dot.Tests.Support;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// The dashboard answers each instance keeps in memory are keyed on data versions kept in DynamoDB, so an upload
/// processed by one instance makes the other's cached answer stale at once. Instance B runs no worker here: every
/// write is A's, and B's cache can only learn of it through the table.
/// </summary>
public sealed class TwoInstancesCacheTests(AwsEmulators aws) : IClassFixture<AwsEmulators>
{
    private const string Summary = "query($id: ID!, $from: DateTime, $to: DateTime) { testSummary(datasetId: $id, from: $from, to: $to) { total } }";

    [Fact]
    public async Task AnUploadThroughOneInstance_MakesTheOthersCachedAnswerStale()
    {
        await using var instances = new TwoInstances(aws);
        instances.B.Settings["Uploads:RunWorker"] = "false";
        instances.Start();
        var scenario = await TenantScenario.CreateAsync(instances.A);
        var ownerOnB = new GraphQLClient(instances.B.CreateClient(), await instances.B.GetClientTokenAsync("acme-automation"));
        var uploadsOnA = new UploadClient(instances.A.CreateClient(), scenario.UploadToken);
        Assert.Equal(HttpStatusCode.OK, (await uploadsOnA.PostAsync(JUnitReports.Make(passed: 3))).Status);
        var window = new { id = scenario.DatasetId, from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow.AddDays(1) };
        async Task<long> TotalOnBAsync() => (await ownerOnB.DataAsync(Summary, window)).GetProperty("testSummary").GetProperty("total").GetInt64();
        var first = await TotalOnBAsync();

        await WriteBehindTheCachesAsync(instances, ownerOnB, scenario.DatasetId, count: 4);
        var remembered = await TotalOnBAsync();
        Assert.Equal(HttpStatusCode.OK, (await uploadsOnA.PostAsync(JUnitReports.Make(passed: 2))).Status);
        var fresh = await TotalOnBAsync();

        Assert.Equal((3, 3, 9), (first, remembered, fresh));
    }

    /// <summary>Results written to the shared store without moving any version: a cached answer does not see them.</summary>
    private static async Task WriteBehindTheCachesAsync(TwoInstances instances, GraphQLClient owner, string datasetId, int count)
    {
        var tenantId = (await owner.DataAsync("{ me { tenant { id } } }")).GetProperty("me").GetProperty("tenant").GetProperty("id").GetString()!;
        var now = DateTimeOffset.UtcNow;
        var upload = new UploadScope(tenantId, datasetId, OpaqueId.New("upl")) { UploadedAt = now };
        await instances.Analytics.ReplaceUploadResultsAsync(tenantId, upload.UploadId, upload.Results(TestStatus.Passed, count, now), CancellationToken.None);
    }
}
