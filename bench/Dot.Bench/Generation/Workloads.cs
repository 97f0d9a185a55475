using System.Net.Http.Headers;

namespace Dot.Bench.Generation;

/// <summary>A part of one suite in a report: its first <see cref="Take"/> tests.</summary>
internal sealed record SuitePart(CatalogSuite Suite, int Take);

/// <summary>One report a CI shard uploads: a run (key and start time) and the suites the shard ran.</summary>
internal sealed record ReportPlan(int Run, int Shard, string RunKey, DateTimeOffset StartedAt, IReadOnlyList<SuitePart> Suites)
{
    public int Results => Suites.Sum(p => p.Take);
}

/// <summary>A generated report: its plan and its bytes.</summary>
internal sealed record GeneratedReport(ReportPlan Plan, byte[] Bytes) : IUploadableReport
{
    public long Length => Bytes.Length;

    public HttpContent CreateContent()
    {
        var content = new ByteArrayContent(Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return content;
    }
}

/// <summary>
/// The reports the benchmarks send: many CI runs spread over 90 days, each split into <see cref="Shards"/> shard
/// uploads sharing the run key (so the store's run supersession runs as it does in production), and single large files.
/// </summary>
internal static class Workloads
{
    public const int Shards = 3;
    public const int CatalogSuites = 12;
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);
    public static readonly DateTimeOffset WindowEnd = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Exactly <paramref name="totalResults"/> results: whole runs of <paramref name="shards"/> reports each, spread
    /// evenly over the window, the last report cut short where the total is reached.
    /// </summary>
    public static IReadOnlyList<ReportPlan> Plan(TestCatalog catalog, long totalResults, int shards = Shards)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var runs = (int)Math.Max(1, (totalResults + catalog.TestsPerRun - 1) / catalog.TestsPerRun);
        var plans = new List<ReportPlan>();
        var remaining = totalResults;
        for (var run = 0; remaining > 0; run++)
        {
            var startedAt = RunStart(catalog.Seed, run, runs);
            for (var shard = 0; shard < shards && remaining > 0; shard++)
            {
                var parts = new List<SuitePart>();
                foreach (var suite in catalog.Suites.Where(s => s.Index % shards == shard))
                {
                    var take = (int)Math.Min(suite.Tests.Count, remaining);
                    if (take == 0)
                    {
                        break;
                    }
                    parts.Add(new SuitePart(suite, take));
                    remaining -= take;
                }
                if (parts.Count > 0)
                {
                    plans.Add(new ReportPlan(run, shard, $"nightly-{run:D4}", startedAt, parts));
                }
            }
        }
        return plans;
    }

    /// <summary>The report of <paramref name="plan"/> in memory, its suites two minutes apart.</summary>
    public static GeneratedReport Generate(TestCatalog catalog, ReportPlan plan)
    {
        using var bytes = new MemoryStream();
        Write(bytes, catalog, plan, _ => TimeSpan.FromMinutes(2));
        return new GeneratedReport(plan, bytes.ToArray());
    }

    /// <summary>
    /// Streams the report of <paramref name="plan"/> to <paramref name="output"/>; each suite starts
    /// <paramref name="nextSuiteAfter"/>(the time the previous one took) after the previous one started.
    /// </summary>
    public static void Write(Stream output, TestCatalog catalog, ReportPlan plan, Func<TimeSpan, TimeSpan> nextSuiteAfter)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(nextSuiteAfter);
        using var writer = new JUnitReportWriter(output, catalog, $"{plan.RunKey}-shard-{plan.Shard}");
        var clock = plan.StartedAt;
        foreach (var part in plan.Suites)
        {
            clock += nextSuiteAfter(writer.WriteSuite(plan.Run, part.Suite, part.Take, clock));
        }
    }

    /// <summary>
    /// One report of at least <paramref name="targetBytes"/>: the catalog's suites again and again (one pass per run),
    /// streamed to <paramref name="output"/>. Returns the results written.
    /// </summary>
    public static long WriteLarge(Stream output, TestCatalog catalog, long targetBytes)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var writer = new JUnitReportWriter(output, catalog, "large-report");
        for (var run = 0; writer.Bytes < targetBytes; run++)
        {
            var startedAt = RunStart(catalog.Seed, run, runs: 1000);
            foreach (var suite in catalog.Suites)
            {
                writer.WriteSuite(run, suite, suite.Tests.Count, startedAt);
                if (writer.Bytes >= targetBytes)
                {
                    break;
                }
            }
        }
        return writer.Results;
    }

    private static DateTimeOffset RunStart(ulong seed, int run, int runs)
    {
        var spacing = Window / Math.Max(runs, 1);
        var jitter = TimeSpan.FromMinutes(Determinism.Pick(Determinism.Hash(seed, 7, run), 120));
        return WindowEnd - Window + spacing * run + jitter;
    }
}
