using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Dot.Bench.Cli;
using Dot.Bench.Results;

namespace Dot.Bench.Benchmarks;

/// <summary>
/// Runs <see cref="ParseBenchmarks"/>: with BenchmarkDotNet's ShortRun job (its own process, 3 warm-ups) and
/// <see cref="Iterations"/> iterations, taking the median (one slow iteration on a shared machine moves a mean of a
/// few a lot), or as a quick in-process loop for smoke runs. Either way the same two methods over the same bytes.
/// </summary>
internal static class ParseBenchmark
{
    private const int Iterations = 9;

    public static ParseMeasurement Run(BenchOptions options, TextWriter log)
    {
        var (bytes, cases) = ParseInput.Create(options.ParseMegabytes, options.Seed);
        return options.ParseWithBenchmarkDotNet
            ? RunBenchmarkDotNet(options, bytes.LongLength, cases, log)
            : RunQuick(bytes, cases);
    }

    private static ParseMeasurement RunBenchmarkDotNet(BenchOptions options, long bytes, long cases, TextWriter log)
    {
        var artifacts = Directory.CreateTempSubdirectory("dot-bench-bdn-").FullName;
        var logFile = Path.Combine(artifacts, "benchmarkdotnet.log");
        log.WriteLine($"[parse] BenchmarkDotNet over {bytes / 1e6:F1} MB; its log: {logFile}");
        using var logWriter = new StreamWriter(logFile);
        var job = Job.ShortRun
            .WithRuntime(CoreRuntime.Core10_0)
            .WithIterationCount(Iterations)
            .WithEnvironmentVariables(
                new EnvironmentVariable(ParseInput.MegabytesVariable, options.ParseMegabytes.ToString(CultureInfo.InvariantCulture)),
                new EnvironmentVariable(ParseInput.SeedVariable, options.Seed.ToString(CultureInfo.InvariantCulture)));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(new StreamLogger(logWriter))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<ParseBenchmarks>(config);
        double Median(string method) =>
            summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Median / 1e9
                ?? throw new InvalidOperationException($"BenchmarkDotNet gave no result for {method}; see {logFile}.");
        var parserReport = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ParseBenchmarks.JUnitXmlParser));
        var allocated = parserReport?.GcStats.GetBytesAllocatedPerOperation(parserReport.BenchmarkCase);
        return new ParseMeasurement($"BenchmarkDotNet ShortRun, {Iterations} iterations, median", bytes, cases, Median(nameof(ParseBenchmarks.JUnitXmlParser)), Median(nameof(ParseBenchmarks.BareXmlReader)), allocated);
    }

    /// <summary>Two warm-up passes and five timed ones of each, alternating; the median of each.</summary>
    private static ParseMeasurement RunQuick(byte[] bytes, long cases)
    {
        var parser = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var parsed = Time(() => ParseInput.ParseAll(bytes), out var count);
            if (count != cases)
            {
                throw new InvalidOperationException($"The parser read {count} cases; the generator wrote {cases}.");
            }
            var read = Time(() => ParseInput.ReadBare(bytes), out _);
            if (i >= 2)
            {
                parser.Add(parsed);
                bare.Add(read);
            }
        }
        return new ParseMeasurement("in-process loop (5 passes, median)", bytes.LongLength, cases, Median(parser), Median(bare), null);
    }

    private static double Time(Func<long> pass, out long result)
    {
        var started = Stopwatch.GetTimestamp();
        result = pass();
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
