using Dot.Bench.Cli;
using Dot.Bench.Suites;

namespace Dot.Tests.Bench;

/// <summary>
/// The fault suite's store-outage scenario on a tiny scale, against a real Dot.Api process of this build on the AWS
/// emulators: DynamoDB and then S3 killed under uploads and dashboards, and started again. It checks what must hold
/// whatever the machine's speed: 503s with Retry-After while a store is down, readiness naming it, recovery without an
/// API restart, and every accepted upload stored once.
/// </summary>
public sealed class StoreOutageScenarioTests
{
    [Fact]
    public async Task DynamoDbThenS3Killed_Answer503AndRecover_WithNothingLostOrDoubled()
    {
        var measured = await StoreOutageScenario.RunAsync(
            BenchPaths.DefaultApiDll, new Dictionary<string, string>(), new SuiteSpec(Clients: 2, Reports: 20, ResultsPerReport: 50, Seed: 7),
            TextWriter.Null, CancellationToken.None, outageLength: TimeSpan.FromSeconds(4));

        Assert.Null(measured.SkippedBecause);
        Assert.Equal(["dynamodb", "s3"], measured.Outages.Select(o => o.Store));
        Assert.All(measured.Outages, outage => Assert.True(outage.Holds, $"{outage.Store}: {outage}"));
        Assert.Equal(["config", "raw"], measured.Outages.Select(o => o.ExpectedCheck));
        Assert.True(measured.Stored!.Exact, measured.Stored.ToString());
        Assert.Equal(20, measured.Accepted);
    }
}
