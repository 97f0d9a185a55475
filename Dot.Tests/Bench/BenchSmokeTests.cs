using System.Text.Json;
using Dot.Bench.Benchmarks;
using Dot.Bench.Cli;

namespace Dot.Tests.Bench;

/// <summary>
/// Keeps the benchmark harness (bench/Dot.Bench) from rotting: the whole of <c>all</c> on a tiny scale, against real
/// Dot.Api processes of this build. It checks that every target got a number and the results file was written, never
/// how fast anything was (DESIGN section 8: performance is measured by the benchmarks, not by timed tests).
/// </summary>
public sealed class BenchSmokeTests : IDisposable
{
    private readonly string _resultsDirectory = Directory.CreateTempSubdirectory("dot-bench-smoke-").FullName;

    [Fact]
    public async Task All_OnATinyScale_MeasuresEveryTargetAndWritesTheResultsFile()
    {
        string[] args =
        [
            "all", "--quick-parse", "--results", "2000", "--memory-mb", "1", "--attribute-mb", "5", "--parse-mb", "1",
            "--clients", "4", "--seconds", "0.6", "--requests", "40", "--results-dir", _resultsDirectory,
        ];
        var options = BenchOptions.Parse(args, BenchPaths.Root) with { WarmUp = TimeSpan.FromMilliseconds(100) };

        var run = await BenchHarness.RunAsync(options, TextWriter.Null, CancellationToken.None);

        string[] queryRows = [.. Enumerable.Repeat("query", 3 * QueryDocuments.All.Count)];
        Assert.Equal(["parse", "ingest", "ingest", "memory", "memory", .. queryRows, "overhead"], run.Rows.Select(r => r.Benchmark));
        Assert.All(run.Rows, row => Assert.True(row.Value is { } value && double.IsFinite(value) && value > 0, $"{row.What}: {row.Measured}"));
        Assert.All(run.Rows, row => Assert.NotNull(row.Holds));
        Assert.Equal(2000, run.Measurements.Ingest!.Results);
        Assert.NotNull(run.Measurements.IngestStages);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(run.ResultsPath!)).RootElement;
        Assert.Equal(run.Rows.Count, json.GetProperty("targets").GetArrayLength());
        Assert.True(json.GetProperty("machine").GetProperty("cores").GetInt32() > 0);
        Assert.StartsWith("dotnet run -c Release --project bench/Dot.Bench -- all", json.GetProperty("command").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_OnATinyScale_PrintsEveryIssue15TargetWithItsBaseline()
    {
        string[] args =
        [
            "scale", "--results", "6000", "--memory-mb", "1", "--clients", "2", "--seconds", "0.5", "--requests", "20", "--results-dir", _resultsDirectory,
        ];
        var options = BenchOptions.Parse(args, BenchPaths.Root) with { WarmUp = TimeSpan.FromMilliseconds(100) };

        var run = await BenchHarness.RunAsync(options, TextWriter.Null, CancellationToken.None);

        var scale = run.Measurements.Scale!;
        Assert.Equal((6000, 600), (scale.Ingest.Results, scale.SmallIngest.Results));
        Assert.Equal(QueryDocuments.All.Select(d => d.Name), scale.Cold.Select(q => q.Name));
        Assert.True(scale.Mixed.Uploads.Results > 0 && scale.Mixed.UploadsAlone.Results > 0 && scale.Mixed.Backfill.Uploads.Results > 0);
        var rows = run.Rows.Where(r => r.Benchmark == "scale").ToList();
        Assert.Equal(2 + 3 * QueryDocuments.All.Count + 3, rows.Count);
        Assert.All(rows, row => Assert.True(row.Value is { } value && double.IsFinite(value) && value >= 0 && row.Baseline.Length > 0, $"{row.What}: {row.Measured}"));
        Assert.Single(run.Rows, r => r.Benchmark == "memory");
        Assert.EndsWith("-scale.json", run.ResultsPath, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseInput_SameSeed_SameReportThatParsesToTheCasesWritten()
    {
        var (first, cases) = ParseInput.Create(1, seed: 7);
        var (second, _) = ParseInput.Create(1, seed: 7);

        Assert.Equal(first, second);
        Assert.True(first.Length >= 1024 * 1024);
        Assert.Equal(cases, ParseInput.ParseAll(first));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_resultsDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }
}
