namespace Dot.Bench.Generation;

/// <summary>
/// The scale benchmark's project and runs: 200 test classes of 5 to 100 tests (5,760 with the default seed, as Surefire
/// reports them: one suite per class), failures from a few recurring causes, and one report per CI run, the runs
/// spread evenly over the 90-day window (ten million results are about 19 runs a day). Suites of a run follow one
/// another as they ran. Reports are written to files one by one, so no more than one report per core is in memory.
/// </summary>
internal static class ScaleWorkload
{
    public const int CiReportResults = 5000;

    public static CatalogShape Shape { get; } = new(Suites: 200, MinSuiteSize: 5, MaxSuiteSize: 100, RecurringFailures: true);

    public static TestCatalog Catalog(ulong seed) => TestCatalog.Create(seed, Shape);

    /// <summary>Exactly <paramref name="results"/> results in whole runs of one report each, the last one cut short.</summary>
    public static IReadOnlyList<ReportPlan> Plan(TestCatalog catalog, long results) => Workloads.Plan(catalog, results, shards: 1);

    /// <summary>Writes each planned report to a file of its own in <paramref name="folder"/>, both cores at once.</summary>
    public static IReadOnlyList<ReportFile> WriteReports(TestCatalog catalog, IReadOnlyList<ReportPlan> plans, string folder)
    {
        ArgumentNullException.ThrowIfNull(plans);
        Directory.CreateDirectory(folder);
        var files = new ReportFile[plans.Count];
        Parallel.For(0, plans.Count, i =>
        {
            var path = Path.Combine(folder, $"{plans[i].RunKey}.xml");
            using (var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Write(output, catalog, plans[i]);
            }
            files[i] = new ReportFile(plans[i], path, new FileInfo(path).Length);
        });
        return files;
    }

    /// <summary>
    /// What a CI job posts during the mixed workload: <paramref name="count"/> runs of the first
    /// <see cref="CiReportResults"/> tests, numbered from <paramref name="firstRun"/>, at the times of <paramref name="timeline"/>.
    /// </summary>
    public static IReadOnlyList<GeneratedReport> CiReports(TestCatalog catalog, int count, int firstRun, CiTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(timeline);
        if (catalog.TestsPerRun < CiReportResults)
        {
            throw new ArgumentException($"The catalog has {catalog.TestsPerRun} tests, fewer than a CI report's {CiReportResults}.", nameof(catalog));
        }
        var parts = new List<SuitePart>();
        var remaining = CiReportResults;
        foreach (var suite in catalog.Suites.TakeWhile(_ => remaining > 0))
        {
            parts.Add(new SuitePart(suite, Math.Min(suite.Tests.Count, remaining)));
            remaining -= parts[^1].Take;
        }
        var reports = new GeneratedReport[count];
        Parallel.For(0, count, i =>
        {
            var run = firstRun + i;
            var plan = new ReportPlan(run, 0, $"ci-{run:D6}", timeline.FirstStart + timeline.Spacing * i, parts);
            using var bytes = new MemoryStream();
            Write(bytes, catalog, plan);
            reports[i] = new GeneratedReport(plan, bytes.ToArray());
        });
        return reports;
    }

    private static void Write(Stream output, TestCatalog catalog, ReportPlan plan) =>
        Workloads.Write(output, catalog, plan, suiteTime => suiteTime);
}
