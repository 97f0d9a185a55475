using System.Diagnostics;
using Dot.Bench.Api;
using Dot.Bench.Generation;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// Posts generated reports through <c>POST /api/v1/uploads?wait=…&amp;run=…</c> of a real API process, a bounded
/// number in flight, and times from the first byte sent until <c>testSummary</c> counts every result.
/// </summary>
internal static class IngestBenchmark
{
    private static readonly TimeSpan QueryableTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The reports for <paramref name="results"/> results, generated up front (both cores) so generating is never timed.</summary>
    public static IReadOnlyList<GeneratedReport> Generate(long results, ulong seed)
    {
        var catalog = TestCatalog.Create(seed, Workloads.CatalogSuites);
        var plans = Workloads.Plan(catalog, results);
        var reports = new GeneratedReport[plans.Count];
        Parallel.For(0, plans.Count, i => reports[i] = Workloads.Generate(catalog, plans[i]));
        return reports;
    }

    /// <summary>Ingests into a fresh dataset after one warm-up upload into another; returns the measurement and the dataset.</summary>
    public static async Task<(IngestMeasurement Measurement, string DatasetId)> RunAsync(
        DotApiClient client, Func<TimeSpan> apiCpu, IReadOnlyList<IUploadableReport> reports, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(reports);
        var warmUpToken = await client.CreateUploadTokenAsync(await client.CreateDatasetAsync("bench-warm-up", cancellationToken), cancellationToken);
        await client.UploadAsync(warmUpToken, reports[0].CreateContent(), "warm-up", cancellationToken);

        var datasetId = await client.CreateDatasetAsync("bench-ingest", cancellationToken);
        return (await IngestAsync(client, apiCpu, datasetId, reports, concurrency, cancellationToken), datasetId);
    }

    /// <summary>
    /// Posts <paramref name="reports"/> into <paramref name="datasetId"/>, <paramref name="concurrency"/> in flight,
    /// and times them from the first byte sent until <c>testSummary</c> counts every result.
    /// </summary>
    public static async Task<IngestMeasurement> IngestAsync(
        DotApiClient client, Func<TimeSpan> apiCpu, string datasetId, IReadOnlyList<IUploadableReport> reports, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(apiCpu);
        ArgumentNullException.ThrowIfNull(reports);
        var uploadToken = await client.CreateUploadTokenAsync(datasetId, cancellationToken);
        var expected = reports.Sum(r => (long)r.Plan.Results);
        long counted = 0;

        var cpuBefore = apiCpu();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(
            reports,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (report, token) => Interlocked.Add(ref counted, await client.UploadAsync(uploadToken, report.CreateContent(), report.Plan.RunKey, token)));
        var uploaded = Stopwatch.GetTimestamp();
        while (await client.TestSummaryTotalAsync(datasetId, cancellationToken) < expected)
        {
            if (Stopwatch.GetElapsedTime(uploaded) > QueryableTimeout)
            {
                throw new TimeoutException($"testSummary did not reach {expected} results within {QueryableTimeout} of the last upload.");
            }
            await Task.Delay(10, cancellationToken);
        }
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (apiCpu() - cpuBefore).TotalSeconds;

        if (counted != expected)
        {
            throw new InvalidOperationException($"The uploads counted {counted} tests; the generator wrote {expected}.");
        }
        return new IngestMeasurement(expected, reports.Count, reports.Sum(r => r.Length), concurrency, seconds, cpuSeconds);
    }
}
