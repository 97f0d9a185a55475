using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.Json;

public sealed class MochaJsonParserTests
{
    private static readonly MochaJsonParser Parser = new();

    private static readonly ReportParsing Parsing = new(Parser);

    private static readonly Lazy<ParsedReport> Corpus = new(() => ParseCorpus(seekable: true));

    [Fact]
    public void TheFormatIsMocha() => Assert.Equal(ReportFormat.Mocha, Parser.Format);

    [Fact]
    public void EachTestIsOneExecutionNamedByItsTitleWithinItsSuites()
    {
        var cases = Corpus.Value.Cases;

        Assert.Equal(
            [
                ("Context nested", "should work", TestStatus.Passed),
                ("Context Siblings sequestered sibling", "should work", TestStatus.Passed),
                ("Mocha instance method run()", "should initialize the stats collector", TestStatus.Skipped),
                ("Runner instance method grep()", "should update the runner.total with number of matched tests", TestStatus.Failed),
                ("Test .clone()", "should copy the title", TestStatus.Failed),
            ],
            cases.Select(c => (c.ClassName, c.Name, c.Status)));
        Assert.All(cases, c => Assert.Equal(c.ClassName, c.Suite));
        Assert.Empty(Corpus.Value.Warnings.Messages);
    }

    [Fact]
    public void AFailedTestKeepsItsErrorMessageTypeAndStack()
    {
        var testCase = Corpus.Value.Cases[3];

        Assert.Equal("Required", testCase.FailureMessage);
        Assert.Null(testCase.FailureType);
        Assert.StartsWith("Error: Required\n    at Context.<anonymous> (test/unit/runner.spec.js:43:15)", testCase.FailureDetail, StringComparison.Ordinal);
        Assert.Equal("UnexpectedError", Corpus.Value.Cases[4].FailureType);
    }

    [Fact]
    public void DurationsAreMillisecondsAndTheTimestampIsTheRunsStart()
    {
        var cases = Corpus.Value.Cases;

        Assert.Equal([3, 1, 0, 0, 4], cases.Select(c => c.Duration.TotalMilliseconds));
        Assert.All(cases, c => Assert.Equal(new DateTimeOffset(2023, 1, 14, 21, 18, 12, 420, TimeSpan.Zero), c.Timestamp));
        Assert.Equal("/home/runner/work/mocha/mocha/test/unit/context.spec.js", cases[0].File);
    }

    [Fact]
    public void AStreamThatCannotSeekGivesTheSameCases() =>
        Assert.Equal(Corpus.Value.Cases, ParseCorpus(seekable: false).Cases);

    [Fact]
    public void APendingFlagOrAListingInPendingIsSkipped_ButAnErrorWins()
    {
        var report = Parsing.Parse("""
            {"stats": {"suites": 1},
             "tests": [
               {"title": "flagged", "fullTitle": "S flagged", "pending": true, "err": {}},
               {"title": "listed", "fullTitle": "S listed", "duration": 2, "err": {}},
               {"title": "failed", "fullTitle": "S failed", "err": {"message": "boom"}},
               {"title": "passed", "fullTitle": "S passed", "duration": 1, "err": {}}],
             "pending": [{"title": "listed", "fullTitle": "S listed"}, {"title": "failed", "fullTitle": "S failed"}],
             "failures": [], "passes": []}
            """);

        Assert.Equal([TestStatus.Skipped, TestStatus.Skipped, TestStatus.Failed, TestStatus.Passed], report.Cases.Select(c => c.Status));
        Assert.Null(report.Cases[0].FailureMessage);
    }

    [Fact]
    public void PendingBeforeTestsIsReadInOnePass()
    {
        var json = """{"pending": [{"fullTitle": "S later"}], "tests": [{"title": "later", "fullTitle": "S later"}, {"title": "now", "fullTitle": "S now"}]}""";

        var seekable = Parsing.Parse(json);
        var forwardOnly = Parsing.Parse(RepeatedReportStream.Once(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal([TestStatus.Skipped, TestStatus.Passed], seekable.Cases.Select(c => c.Status));
        Assert.Equal(seekable.Cases, forwardOnly.Cases);
    }

    [Fact]
    public void AFailedHookInFailuresIsAnErroredExecutionOfItsOwn()
    {
        var report = Parsing.Parse("""
            {"stats": {}, "tests": [{"title": "runs", "fullTitle": "Db runs", "duration": 5, "err": {}}],
             "failures": [
               {"title": "\"before all\" hook for \"connects\"", "fullTitle": "Db \"before all\" hook for \"connects\"",
                "file": "test/db.spec.js", "err": {"message": "connect ECONNREFUSED 127.0.0.1:5432", "stack": "Error: connect ECONNREFUSED", "name": "Error"}}]}
            """);

        Assert.Equal(2, report.Cases.Count);
        var hook = report.Cases[1];
        Assert.Equal(TestStatus.Errored, hook.Status);
        Assert.Equal("Db", hook.ClassName);
        Assert.Equal("\"before all\" hook for \"connects\"", hook.Name);
        Assert.Equal("connect ECONNREFUSED 127.0.0.1:5432", hook.FailureMessage);
    }

    [Fact]
    public void APassOnARetryIsFlaky()
    {
        var testCase = Assert.Single(Parsing.Parse("""{"tests": [{"title": "t", "fullTitle": "t", "currentRetry": 2, "err": {}}]}""").Cases);

        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.True(testCase.Flaky);
        Assert.Null(testCase.ClassName);
    }

    [Fact]
    public void AnErrorWithAStackButNoMessageTakesTheStacksFirstLine()
    {
        var testCase = Assert.Single(Parsing.Parse("""{"tests": [{"title": "t", "fullTitle": "S t", "err": {"stack": "TypeError: x is undefined\n    at f (a.js:1:1)"}}]}""").Cases);

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.Equal("TypeError: x is undefined", testCase.FailureMessage);
    }

    [Theory]
    [InlineData("""{"title": "", "fullTitle": "Suite only"}""", null, "Suite only")]
    [InlineData("""{"title": "t", "fullTitle": "something else"}""", null, "something else")]
    [InlineData("""{"fullTitle": null}""", null, "(unnamed test 1)")]
    public void NamesFallBackToTheFullTitleThenAPlaceholder(string test, string? className, string name)
    {
        var testCase = Assert.Single(Parsing.Parse($$"""{"tests": [{{test}}]}""").Cases);

        Assert.Equal(className, testCase.ClassName);
        Assert.Equal(name, testCase.Name);
    }

    [Fact]
    public void AValueOfTheWrongKindIsIgnoredWithAWarning()
    {
        var report = Parsing.Parse("""{"tests": [{"title": "t", "fullTitle": "t", "duration": "slow", "err": {"message": {"nested": true}}}]}""");

        Assert.Equal(TestStatus.Passed, Assert.Single(report.Cases).Status);
        Assert.Equal(
            ["line 1: test duration is a string, not a finite number; ignored", "line 1: err message is an object, not a string; ignored"],
            report.Warnings.Messages);
    }

    [Theory]
    [InlineData("[]", "the root is an array, not an object with stats and tests")]
    [InlineData("""{"stats": {"suites": 0}}""", "it has no tests array")]
    [InlineData("""{"issues": []}""", "it has no tests array")]
    [InlineData("""{"stats": {}, "tests": {"a": 1}}""", "tests is an object, not an array")]
    public void AShapeThatIsNotMochasIsRejected(string json, string reason)
    {
        var exception = Parsing.Reject(json);

        Assert.StartsWith($"not a Mocha JSON report: {reason}", exception.Reason, StringComparison.Ordinal);
        Assert.NotNull(exception.Line);
    }

    private static ParsedReport ParseCorpus(bool seekable)
    {
        var path = ReportCorpus.PathOf("mocha/tests.json");
        using Stream input = seekable ? File.OpenRead(path) : RepeatedReportStream.Once(File.ReadAllBytes(path));
        return Parsing.Parse(input);
    }
}
