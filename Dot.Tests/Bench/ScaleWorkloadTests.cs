using Dot.Bench.Generation;
using Dot.Domain.Analytics;
using Dot.Domain.Reports;
using Dot.Domain.Results;

namespace Dot.Tests.Bench;

/// <summary>
/// The scale benchmark's generator (issue 15) on a small scale: exact counts, the same bytes for the same seed, and
/// the shape a real project's history has (runs over the whole 90 days, flaky tests that flip, a few recurring
/// failure causes, durations with a long tail), read back through the API's own JUnit parser.
/// </summary>
public sealed class ScaleWorkloadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dot-scale-workload-").FullName;

    [Fact]
    public void Plan_TenMillion_ExactCountInManyRunsADayOverNinetyDays()
    {
        var catalog = ScaleWorkload.Catalog(7);

        var plans = ScaleWorkload.Plan(catalog, 10_000_000);

        Assert.Equal(10_000_000, plans.Sum(p => (long)p.Results));
        Assert.InRange(catalog.TestsPerRun, ScaleWorkload.CiReportResults, 8000);
        Assert.True(plans.Count / Workloads.Window.TotalDays >= 15, $"{plans.Count} runs in 90 days");
        var starts = plans.Select(p => p.StartedAt).ToList();
        Assert.True(starts.Min() >= Workloads.WindowEnd - Workloads.Window);
        Assert.True(starts.Max() - starts.Min() >= TimeSpan.FromDays(89), $"{starts.Min():O} to {starts.Max():O}");
        Assert.Equal(plans.Count, plans.Select(p => p.RunKey).Distinct().Count());
    }

    [Fact]
    public void WriteReports_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        var first = Write(seed: 7, results: 12_000, "a");
        var again = Write(seed: 7, results: 12_000, "b");
        var other = Write(seed: 8, results: 12_000, "c");

        Assert.Equal(first.Select(r => File.ReadAllBytes(r.Path)), again.Select(r => File.ReadAllBytes(r.Path)));
        Assert.NotEqual(File.ReadAllBytes(first[0].Path), File.ReadAllBytes(other[0].Path));
        Assert.All(first, report => Assert.Equal(new FileInfo(report.Path).Length, report.Length));
    }

    [Fact]
    public void Reports_ParseToThePlannedCounts_WithFlakyFlipsRecurringFailuresAndALongTail()
    {
        var reports = Write(seed: 7, results: 60_000, "shape");
        var results = reports.SelectMany(r => Parse(r.Path).Select(test => (r.Plan.Run, Test: test))).ToList();

        Assert.Equal(60_000, results.Count);
        Assert.Equal(reports.Select(r => (long)r.Plan.Results), reports.Select(r => (long)Parse(r.Path).Count));
        Assert.True(results.Select(r => r.Test.ClassName).Distinct().Count() >= 100);

        var flipping = results.GroupBy(r => (r.Test.ClassName, r.Test.Name))
            .Count(test => test.OrderBy(r => r.Run).Select(r => r.Test.Status == TestStatus.Passed).Zip(test.OrderBy(r => r.Run).Skip(1).Select(r => r.Test.Status == TestStatus.Passed)).Count(pair => pair.First != pair.Second) >= 3);
        Assert.InRange(flipping, 10, results.Select(r => (r.Test.ClassName, r.Test.Name)).Distinct().Count() / 20);

        var failures = results.Where(r => r.Test.Status is TestStatus.Failed or TestStatus.Errored).ToList();
        Assert.InRange(failures.Count, results.Count / 100, results.Count / 10);
        var byCause = failures.GroupBy(r => FailureFingerprint.Of(r.Test.FailureMessage)).Select(g => g.Count()).OrderDescending().ToList();
        Assert.InRange(byCause.Count, 3, 8);
        Assert.True(byCause[0] > 2 * byCause[^1], "a few causes dominate");

        var durations = results.Where(r => r.Test.Status != TestStatus.Skipped).Select(r => r.Test.Duration.TotalMilliseconds).Order().ToList();
        Assert.True(durations[^1] > 100 * durations[durations.Count / 2], $"median {durations[durations.Count / 2]} ms, max {durations[^1]} ms");
    }

    [Fact]
    public void CiReports_FiveThousandResultsEach_RunsOfTheirOwn_AtTheirTimelinesTimes()
    {
        var catalog = ScaleWorkload.Catalog(7);

        var reports = ScaleWorkload.CiReports(catalog, 3, firstRun: 500, CiTimeline.Backfill);

        Assert.All(reports, report => Assert.Equal(ScaleWorkload.CiReportResults, report.Plan.Results));
        Assert.Equal([500, 501, 502], reports.Select(r => r.Plan.Run));
        Assert.Equal(3, reports.Select(r => r.Plan.RunKey).Distinct().Count());
        var timestamps = reports.SelectMany(r => Parse(r.Bytes)).Select(t => t.Timestamp!.Value).ToList();
        Assert.All(timestamps, t => Assert.InRange(t, Workloads.WindowEnd - TimeSpan.FromDays(1), Workloads.WindowEnd));
    }

    [Theory]
    [InlineData(20250601UL)]
    [InlineData(7UL)]
    public void CiReportsPostedNow_FollowOneAnother_AfterTheWholeHistory_BeforeTheDashboardWindowEnds(ulong seed)
    {
        var catalog = ScaleWorkload.Catalog(seed);
        var lastPlanned = ScaleWorkload.Plan(catalog, 10_000_000)[^1];
        var history = Parse(ScaleWorkload.WriteReports(catalog, [lastPlanned], Path.Combine(_folder, "last"))[0].Path).Max(t => t.Timestamp!.Value);

        var runs = ScaleWorkload.CiReports(catalog, 60, firstRun: 2000, CiTimeline.Now)
            .Select(r => Parse(r.Bytes).Select(t => t.Timestamp!.Value).ToList()).ToList();

        Assert.True(runs[0].Min() > history, $"the first CI run starts at {runs[0].Min():O}, before the history's last execution at {history:O}");
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.First.Max() < pair.Second.Min(), $"a CI run ends at {pair.First.Max():O}, after the next one starts"));
        Assert.True(runs[^1].Max() < CiTimeline.Now.EndAfter(runs.Count));
    }

    private List<ReportFile> Write(ulong seed, long results, string name)
    {
        var catalog = ScaleWorkload.Catalog(seed);
        return [.. ScaleWorkload.WriteReports(catalog, ScaleWorkload.Plan(catalog, results), Path.Combine(_folder, name))];
    }

    private static List<ParsedTestCase> Parse(string path) => Parse(File.ReadAllBytes(path));

    private static List<ParsedTestCase> Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return [.. new JUnitXmlParser().Parse(stream, ReportLimits.Default, new ParseWarnings())];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }
}
