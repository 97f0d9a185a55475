using Dot.Bench.Results;

namespace Dot.Bench.Suites;

/// <summary>The fault scenarios, one after another, each on a fresh API process and data folder.</summary>
internal static class FaultSuite
{
    public static async Task<FaultMeasurement> RunAsync(
        string apiDll, IReadOnlyDictionary<string, string> environment, SuiteSpec spec, TextWriter log, CancellationToken cancellationToken)
    {
        var crash = await CrashScenario.RunAsync(apiDll, environment, spec, log, cancellationToken);
        var diskFull = await DiskFullScenario.RunAsync(apiDll, environment, spec, log, cancellationToken);
        var storeOutage = await StoreOutageScenario.RunAsync(apiDll, environment, spec, log, cancellationToken);
        return new FaultMeasurement(crash, diskFull, storeOutage);
    }
}
