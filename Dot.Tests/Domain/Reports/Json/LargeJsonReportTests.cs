using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// Large reports: thousands of scenarios parse to their counts, and a report of 100 MB streams in flat memory
/// (checked by the managed heap after full collections while the cases stream past; speed is for benchmarks).
/// </summary>
public sealed class LargeJsonReportTests(ITestOutputHelper output)
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private const long FlatMemoryLimit = 16L * 1024 * 1024;

    [Fact]
    public void AGeneratedCucumberReportOfThousandsOfScenariosParsesToItsCounts()
    {
        var (json, expected) = CucumberReportGenerator.Generate(features: 40, scenariosPerFeature: 80);

        var seekable = ReportParsing.Parse(new CucumberJsonParser(), json);
        var forwardOnly = ReportParsing.Parse(new CucumberJsonParser(), new NonSeekableStream(new MemoryStream(json)));

        Assert.Equal(new ReportCounts(3200, 1600, 400, 800, 400), expected);
        Assert.Equal(expected, ReportCounts.Of(seekable.Cases));
        Assert.Equal(3200, seekable.Cases.DistinctBy(c => (c.ClassName, c.Name)).Count());
        Assert.Equal(TimeSpan.FromMilliseconds(5 * 1.25), seekable.Cases[0].Duration);
        Assert.Equal(seekable.Cases, forwardOnly.Cases);
        Assert.Empty(seekable.Warnings.Messages);
    }

    [Fact]
    public void A100MegabyteCucumberReportStreamsInFlatMemory()
    {
        const string scenario = """
            {"start_timestamp": "2024-03-05T09:15:02.114Z", "before": [{"result": {"duration": 3500000, "status": "passed"}, "match": {"location": "com.example.Hooks.start()"}}],
             "line": 6, "name": "Withdraw cash", "description": "", "id": "cash;withdraw-cash", "type": "scenario", "keyword": "Scenario",
             "steps": [{"result": {"duration": 2000000, "status": "passed"}, "line": 7, "name": "the customer withdraws 20 EUR", "match": {"location": "com.example.AtmSteps.withdraw(int)"}, "keyword": "When "},
                       {"result": {"duration": 900000, "status": "failed", "error_message": "java.lang.AssertionError: expected 80 but was 100\n\tat com.example.AccountSteps.balanceIs(AccountSteps.java:31)"}, "line": 8, "name": "the balance is 80 EUR", "match": {"location": "com.example.AccountSteps.balanceIs(int)"}, "keyword": "Then "}],
             "tags": [{"name": "@smoke"}]}
            """;
        var count = RepeatedItemsStream.ItemsFor(HundredMegabytes, scenario);
        using var stream = new RepeatedItemsStream("""[{"line": 1, "elements": [""", scenario, count, """], "name": "Cash", "uri": "classpath:cash.feature"}]""");

        var (cases, growth) = StreamAndMeasure(new CucumberJsonParser(), stream);

        Assert.Equal(count, cases);
        Assert.True(growth < FlatMemoryLimit, $"the heap grew by {growth / 1024} KiB while {stream.Length / (1024 * 1024)} MiB streamed");
    }

    [Fact]
    public void A100MegabyteMochaReportStreamsInFlatMemory()
    {
        const string test = """
            {"title": "should update the runner.total with number of matched tests", "fullTitle": "Runner instance method grep() should update the runner.total with number of matched tests",
             "file": "/home/runner/work/mocha/mocha/test/unit/runner.spec.js", "duration": 3, "currentRetry": 0, "speed": "fast", "err": {}}
            """;
        var count = RepeatedItemsStream.ItemsFor(HundredMegabytes, test);
        using var stream = new RepeatedItemsStream(
            """{"stats": {"suites": 1, "start": "2023-01-14T21:18:12.420Z"}, "tests": [""",
            test,
            count,
            """], "pending": [], "failures": [], "passes": []}""");

        var (cases, growth) = StreamAndMeasure(new MochaJsonParser(), stream);

        Assert.Equal(count, cases);
        Assert.True(growth < FlatMemoryLimit, $"the heap grew by {growth / 1024} KiB while {stream.Length / (1024 * 1024)} MiB streamed");
    }

    /// <summary>Counts the cases, and the largest growth of the heap over its size before, measured after full collections.</summary>
    private (long Cases, long Growth) StreamAndMeasure(IReportParser parser, Stream stream)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long cases = 0, growth = 0;
        foreach (var testCase in parser.Parse(stream, ReportLimits.Default, new ParseWarnings()))
        {
            if (++cases % 25_000 == 0)
            {
                growth = Math.Max(growth, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        output.WriteLine($"{cases} cases from {stream.Length / (1024 * 1024)} MiB; the heap grew by at most {growth / 1024} KiB");
        return (cases, growth);
    }
}
