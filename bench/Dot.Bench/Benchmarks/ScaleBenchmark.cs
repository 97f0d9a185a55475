using System.Diagnostics;
using System.Globalization;
using Dot.Bench.Api;
using Dot.Bench.Cli;
using Dot.Bench.Generation;
using Dot.Bench.Load;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// Issue 15's benchmark (<c>scale --results N</c>): writes the reports of N results and of N / 10 to disk, then
/// ingests both through one API process with the analytics cache off, each into a dataset of its own (a warm-up upload
/// first), and times every dashboard query on both, cold. It then restarts the API on the same data and port with the
/// cache on, times the same queries warm over the N results, and runs the mixed workload, the CI client posting into the
/// large dataset. The reports and the data folder are deleted at the end (the data folder is kept with <c>--keep-data</c>).
/// </summary>
internal static class ScaleBenchmark
{
    /// <summary>
    /// Settings of both API processes: rate limits far above what the clients ask, so that a 429 never stands in for a
    /// measurement, and a request timeout long enough that a slow cold query is measured rather than cut at 30 s.
    /// </summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["RateLimits:GraphQL:ComplexityPerMinute"] = "100000000",
        ["RateLimits:Tenant:ComplexityPerMinute"] = "1000000000",
        ["RateLimits:Uploads:PermitsPerMinute"] = "1000000",
        ["RateLimits:Tenant:UploadsPerMinute"] = "10000000",
        ["GraphQL:RequestTimeoutSeconds"] = "600",
    };

    public static async Task<ScaleMeasurement> RunAsync(BenchOptions options, string apiDll, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var reportFolder = Directory.CreateTempSubdirectory("dot-bench-scale-reports-").FullName;
        var dataPath = options.KeepDataDirectory is { } kept ? EmptyFolder(kept) : Directory.CreateTempSubdirectory("dot-bench-scale-").FullName;
        try
        {
            var catalog = ScaleWorkload.Catalog(options.Seed);
            var started = Stopwatch.GetTimestamp();
            var small = ScaleWorkload.WriteReports(catalog, ScaleWorkload.Plan(catalog, Math.Max(1, options.IngestResults / 10)), Path.Combine(reportFolder, "small"));
            var large = ScaleWorkload.WriteReports(catalog, ScaleWorkload.Plan(catalog, options.IngestResults), Path.Combine(reportFolder, "large"));
            var generateSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            log.WriteLine(F($"[scale] wrote {small.Count + large.Count} reports of {catalog.TestsPerRun:N0} tests in {catalog.Suites.Count} classes, {(small.Sum(r => r.Length) + large.Sum(r => r.Length)) / 1e6:F0} MB, in {generateSeconds:F0} s"));

            var spec = new LoadSpec(options.Clients, options.LoadDuration, options.LoadMaxRequests, options.WarmUp);
            var coldSpec = spec with { WarmUp = TimeSpan.Zero };
            IngestMeasurement smallIngest, ingest;
            IReadOnlyList<QueryMeasurement> coldSmall, cold;
            string[] datasets;
            int port;
            await using (var api = await StartAsync(apiDll, options, dataPath, cacheEnabled: false, null, cancellationToken))
            {
                port = api.BaseUri.Port;
                using var client = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
                var warmUp = await client.CreateDatasetAsync("scale-warm-up", cancellationToken);
                await client.UploadAsync(await client.CreateUploadTokenAsync(warmUp, cancellationToken), small[0].CreateContent(), "warm-up", cancellationToken);
                var smallDataset = await client.CreateDatasetAsync("scale-small", cancellationToken);
                var largeDataset = await client.CreateDatasetAsync("scale-large", cancellationToken);
                datasets = [largeDataset, smallDataset, warmUp];
                smallIngest = await IngestBenchmark.IngestAsync(client, () => api.CpuTime, smallDataset, small, options.UploadConcurrency, cancellationToken);
                log.WriteLine(F($"[scale] {smallIngest.Results:N0} results queryable in {smallIngest.Seconds:F1} s"));
                ingest = await IngestBenchmark.IngestAsync(client, () => api.CpuTime, largeDataset, large, options.UploadConcurrency, cancellationToken);
                log.WriteLine(F($"[scale] {ingest.Results:N0} results queryable in {ingest.Seconds:F1} s; load average {Contention.LoadAverage():F1}"));
                cold = await QueryBenchmark.RunAsync(client, () => api.CpuTime, largeDataset, ingest.Results, coldSpec, cancellationToken, keepGoing: true);
                LogFailures(log, cold, api);
                log.WriteLine(F($"[scale] cold queries over {ingest.Results:N0} done"));
                coldSmall = await QueryBenchmark.RunAsync(client, () => api.CpuTime, smallDataset, smallIngest.Results, coldSpec, cancellationToken, keepGoing: true);
                LogFailures(log, coldSmall, api);
                log.WriteLine(F($"[scale] cold queries over {smallIngest.Results:N0} done"));
            }

            await using (var api = await StartAsync(apiDll, options, dataPath, cacheEnabled: true, port, cancellationToken))
            {
                using var client = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
                var warm = await QueryBenchmark.RunAsync(client, () => api.CpuTime, datasets[0], ingest.Results, spec, cancellationToken, keepGoing: true);
                LogFailures(log, warm, api);
                log.WriteLine("[scale] warm queries done");
                var mixed = await MixedBenchmark.RunAsync(
                    client, () => api.CpuTime, datasets, datasets[0], catalog, large[^1].Plan.Run + 1, options.Seed, spec, log, cancellationToken);
                log.WriteLine(F($"[scale] mixed done; load average {Contention.LoadAverage():F1}"));
                return new ScaleMeasurement(smallIngest, ingest, coldSmall, cold, warm, mixed, generateSeconds);
            }
        }
        finally
        {
            Delete(reportFolder);
            if (options.KeepDataDirectory is null)
            {
                Delete(dataPath);
            }
        }
    }

    /// <summary>An API process on <paramref name="dataPath"/>; the second one on the first one's port, since the development IdP's issuer (and with it the tenant) is its URL.</summary>
    private static Task<ApiProcess> StartAsync(string apiDll, BenchOptions options, string dataPath, bool cacheEnabled, int? port, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>(options.ApiEnvironment);
        foreach (var (key, value) in Settings)
        {
            settings.TryAdd(key, value);
        }
        settings["Analytics:Cache:Enabled"] = cacheEnabled ? "true" : "false";
        return ApiProcess.StartAsync(apiDll, settings, cancellationToken, dataPath, port);
    }

    /// <summary>Each failed document's answer, and the API's last error lines: the store's reason is only in its log.</summary>
    private static void LogFailures(TextWriter log, IReadOnlyList<QueryMeasurement> measurements, ApiProcess api)
    {
        foreach (var failed in measurements.Where(m => m.Failure is not null))
        {
            log.WriteLine($"[scale] {failed.Name} over {failed.Results:N0} failed: {failed.Failure}");
        }
        if (measurements.Any(m => m.Failure is not null))
        {
            log.WriteLine(api.RecentOutput);
        }
    }

    private static string EmptyFolder(string path) =>
        !Directory.Exists(path) || !Directory.EnumerateFileSystemEntries(path).Any()
            ? Directory.CreateDirectory(path).FullName
            : throw new ArgumentException($"--keep-data {path}: the folder is not empty.");

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
