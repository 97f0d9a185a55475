using System.Diagnostics;
using Dot.Bench.Api;
using Dot.Bench.Benchmarks;
using Dot.Bench.Generation;
using Dot.Bench.Load;
using Dot.Bench.Results;
using Dot.Bench.Suites;

namespace Dot.Bench.Cli;

/// <summary>
/// Runs the chosen benchmarks one after another, so none competes with another for the two cores: parse, then
/// ingest, query and overhead against one API process (the queries read what ingest wrote), then the ingest stages
/// and the query baselines in-process once that process has stopped, then hostile documents, the suites and the scale
/// benchmark (each only when named) and memory, each against a fresh process.
/// Progress goes to <c>log</c>; the results go to the returned run and its JSON file.
/// </summary>
public static class BenchHarness
{
    public static async Task<BenchRun> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var apiDll = options.ApiDll ?? BenchPaths.DefaultApiDll;
        var measurements = new Measurements();
        var loadAtStart = Contention.LoadAverage();

        if (options.Benchmarks.Contains("parse"))
        {
            measurements.Parse = ParseBenchmark.Run(options, log);
            log.WriteLine($"[parse] done in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
        if (options.Benchmarks.Overlaps(["ingest", "query", "overhead"]))
        {
            await RunAgainstOneApiAsync(options, apiDll, measurements, log, cancellationToken);
        }
        if (options.Benchmarks.Contains("hostile"))
        {
            var oneClient = new LoadSpec(1, options.LoadDuration, options.LoadMaxRequests, options.WarmUp);
            measurements.Hostile = await HostileBenchmark.RunAsync(apiDll, options.ApiEnvironment, oneClient, log, cancellationToken);
            log.WriteLine($"[hostile] done at {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
        if (options.Benchmarks.Contains("load"))
        {
            measurements.Load = await LoadSuite.RunAsync(apiDll, options.ApiEnvironment, options.SuiteSpec, log, cancellationToken);
            log.WriteLine($"[load] done at {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
        if (options.Benchmarks.Contains("faults"))
        {
            measurements.Faults = await FaultSuite.RunAsync(apiDll, options.ApiEnvironment, options.SuiteSpec, log, cancellationToken);
            log.WriteLine($"[faults] done at {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
        if (options.Benchmarks.Contains("scale"))
        {
            measurements.Scale = await ScaleBenchmark.RunAsync(options, apiDll, log, cancellationToken);
            measurements.Memory = await MemoryBenchmark.RunAsync(apiDll, options.ApiEnvironment, options.MemoryReportBytes, options.Seed, log, cancellationToken);
            log.WriteLine($"[scale] done at {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
        if (options.Benchmarks.Contains("memory"))
        {
            measurements.Memory = await MemoryBenchmark.RunAsync(apiDll, options.ApiEnvironment, options.MemoryReportBytes, options.Seed, log, cancellationToken);
            measurements.HugeAttributeMemory = await MemoryBenchmark.RunHugeAttributeAsync(apiDll, options.ApiEnvironment, options.MemoryAttributeBytes, options.Seed, log, cancellationToken);
            log.WriteLine($"[memory] done at {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }

        var run = new BenchRun(options, startedAt, Stopwatch.GetElapsedTime(started).TotalSeconds, SourceVersion.Of(BenchPaths.Root),
            MachineInfo.Current(), new Contention(loadAtStart, Contention.LoadAverage(), Contention.CpuPressure()), measurements, TargetRows.From(measurements));
        run.ResultsPath = ResultsFile.Write(run);
        return run;
    }

    private static async Task RunAgainstOneApiAsync(BenchOptions options, string apiDll, Measurements measurements, TextWriter log, CancellationToken cancellationToken)
    {
        var spec = new LoadSpec(options.Clients, options.LoadDuration, options.LoadMaxRequests, options.WarmUp);
        var selected = options.Benchmarks;
        IReadOnlyList<GeneratedReport>? reports = null;
        if (selected.Overlaps(["ingest", "query"]))
        {
            reports = IngestBenchmark.Generate(options.IngestResults, options.Seed);
            log.WriteLine($"[ingest] generated {reports.Count} reports, {reports.Sum(r => r.Plan.Results):N0} results, {reports.Sum(r => (long)r.Bytes.Length) / 1e6:F0} MB");
        }
        var api = await ApiProcess.StartAsync(apiDll, options.ApiEnvironment, cancellationToken);
        try
        {
            using var client = await DotApiClient.ConnectAsync(api.BaseUri, cancellationToken);
            string? datasetId = null;
            IReadOnlyList<QueryMeasurement>? queries = null;
            if (reports is not null)
            {
                (var ingest, datasetId) = await IngestBenchmark.RunAsync(client, () => api.CpuTime, reports, options.UploadConcurrency, cancellationToken);
                log.WriteLine($"[ingest] {ingest.Results:N0} results queryable in {ingest.Seconds:F1} s");
                measurements.Ingest = selected.Contains("ingest") ? ingest : null;
            }
            if (selected.Contains("query"))
            {
                queries = await QueryBenchmark.RunAsync(client, () => api.CpuTime, datasetId!, options.IngestResults, spec, cancellationToken);
                log.WriteLine("[query] done through HTTP");
            }
            if (selected.Contains("overhead"))
            {
                measurements.Overhead = await OverheadBenchmark.RunAsync(client, () => api.CpuTime, spec, cancellationToken);
                log.WriteLine("[overhead] done");
            }
            var tenantId = await client.TenantIdAsync(cancellationToken);
            await api.StopAsync();
            if (queries is not null)
            {
                measurements.Queries = await QueryBenchmark.AddInProcessAsync(queries, api.DataPath, tenantId, datasetId!, spec, cancellationToken);
                log.WriteLine("[query] in-process baseline done");
            }
        }
        finally
        {
            await api.DisposeAsync();
        }
        if (reports is not null && selected.Contains("ingest"))
        {
            measurements.IngestStages = await IngestStagesBenchmark.RunAsync(reports, cancellationToken);
            log.WriteLine("[ingest] stages timed alone");
        }
    }
}
