using Dot.Domain.Reports.Json;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// Large reports: thousands of scenarios parse to their counts, and a report of 100 MB streams in flat memory
/// (<see cref="StreamingMemory"/>; speed is for benchmarks). The Cucumber feature writes its <c>elements</c> before its
/// <c>name</c> and <c>uri</c>, as cucumber-jvm does, so the parser reads them twice (the stream seeks).
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class LargeJsonReportTests
{
    private static readonly ReportParsing Cucumber = new(new CucumberJsonParser());

    [Fact]
    public void AGeneratedCucumberReportOfThousandsOfScenariosParsesToItsCounts()
    {
        var (json, expected) = CucumberReportGenerator.Generate(features: 40, scenariosPerFeature: 80);

        var seekable = Cucumber.Parse(json);
        var forwardOnly = Cucumber.Parse(RepeatedReportStream.Once(json));

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

        StreamingMemory.AssertFlat(
            new CucumberJsonParser(),
            """[{"line": 1, "elements": [""",
            scenario,
            """], "name": "Cash", "uri": "classpath:cash.feature"}]""",
            seekable: true,
            separator: ",");
    }

    [Fact]
    public void A100MegabyteMochaReportStreamsInFlatMemory()
    {
        const string test = """
            {"title": "should update the runner.total with number of matched tests", "fullTitle": "Runner instance method grep() should update the runner.total with number of matched tests",
             "file": "/home/runner/work/mocha/mocha/test/unit/runner.spec.js", "duration": 3, "currentRetry": 0, "speed": "fast", "err": {}}
            """;

        StreamingMemory.AssertFlat(
            new MochaJsonParser(),
            """{"stats": {"suites": 1, "start": "2023-01-14T21:18:12.420Z"}, "tests": [""",
            test,
            """], "pending": [], "failures": [], "passes": []}""",
            seekable: true,
            separator: ",");
    }
}
