using System.Text;
using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.Json;

public sealed class CucumberJsonParserRuleTests
{
    private static readonly CucumberJsonParser Parser = new();

    private static readonly ReportParsing Parsing = new(Parser);

    [Fact]
    public void TheFormatIsCucumber() => Assert.Equal(ReportFormat.Cucumber, Parser.Format);

    [Fact]
    public void AnEmptyArrayIsAReportWithoutTests()
    {
        var report = Parsing.Parse(" [ ] ");

        Assert.Empty(report.Cases);
    }

    [Fact]
    public void NothingIsReadBeforeEnumeration()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[]"));

        _ = Parser.Parse(stream, ReportLimits.Default, new ParseWarnings());

        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void AScenarioWithoutStepsPassedInNoTime()
    {
        var testCase = ParseSingle("""{"type": "scenario", "name": "empty", "steps": []}""");

        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.Equal(TimeSpan.Zero, testCase.Duration);
    }

    [Fact]
    public void AnElementWithoutATypeIsAScenario_AndAnUnknownTypeIsIgnoredWithAWarning()
    {
        var report = Parse("""{"name": "no type"}, {"type": "scenario_outline", "name": "unexpanded"}""");

        Assert.Equal("no type", Assert.Single(report.Cases).Name);
        Assert.Contains(report.Warnings.Messages, m => m.Contains("'scenario_outline' is not a scenario", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownStepStatusIsErroredWithAWarning()
    {
        var report = Parse(Scenario("odd", """{"keyword": "Given ", "name": "x", "result": {"status": "exploded"}}"""));

        var testCase = Assert.Single(report.Cases);
        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal("unknown step status 'exploded': Given x", testCase.FailureMessage);
        Assert.Contains(report.Warnings.Messages, m => m.Contains("step status 'exploded'", StringComparison.Ordinal));
    }

    [Fact]
    public void AStepWithoutAResultDidNotRun()
    {
        var testCase = ParseSingle(Scenario("dry", """{"keyword": "Given ", "name": "x"}"""));

        Assert.Equal(TestStatus.Skipped, testCase.Status);
    }

    [Fact]
    public void ANegativeOrNonNumericDurationIsIgnoredWithAWarning()
    {
        var report = Parse(Scenario(
            "timing",
            """{"result": {"status": "passed", "duration": -5}}""",
            """{"result": {"status": "passed", "duration": "12"}}""",
            """{"result": {"status": "passed", "duration": 2.5e6}}"""));

        Assert.Equal(TimeSpan.FromMilliseconds(2.5), Assert.Single(report.Cases).Duration);
        Assert.Equal(2, report.Warnings.TotalCount);
        Assert.All(report.Warnings.Messages, m => Assert.StartsWith("line 1: step duration", m, StringComparison.Ordinal));
    }

    [Fact]
    public void TheFirstMostSevereStepGivesTheMessage()
    {
        var testCase = ParseSingle(Scenario(
            "many",
            """{"result": {"status": "pending", "error_message": "later"}}""",
            """{"result": {"status": "failed", "error_message": "first failure"}}""",
            """{"result": {"status": "failed", "error_message": "second failure"}}""",
            """{"result": {"status": "skipped"}}"""));

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.Equal("first failure", testCase.FailureMessage);
    }

    [Fact]
    public void AFailedStepHookIsErrored()
    {
        var testCase = ParseSingle(Scenario(
            "step hook",
            """{"result": {"status": "passed"}, "after": [{"result": {"status": "failed", "error_message": "AfterStep broke"}}]}"""));

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal("AfterStep broke", testCase.FailureMessage);
    }

    [Fact]
    public void ABackgroundFoldsIntoEveryScenarioAfterItUntilTheNextOne()
    {
        var report = Parse(
            """{"type": "background", "steps": [{"result": {"status": "passed", "duration": 1000000}}]}""",
            Scenario("a"),
            Scenario("b"),
            """{"type": "background", "steps": [{"result": {"status": "undefined"}, "keyword": "Given ", "name": "nothing"}]}""",
            Scenario("c"));

        Assert.Equal([TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1), TimeSpan.Zero], report.Cases.Select(c => c.Duration));
        Assert.Equal([TestStatus.Passed, TestStatus.Passed, TestStatus.Errored], report.Cases.Select(c => c.Status));
        Assert.Equal("undefined step: Given nothing", report.Cases[2].FailureMessage);
    }

    [Fact]
    public void ABackgroundDoesNotCarryIntoTheNextFeature()
    {
        var report = Parsing.Parse($$$"""
            [{"name": "F1", "uri": "f1", "elements": [{"type": "background", "steps": [{"result": {"status": "failed"}}]}, {{{Scenario("a")}}}]},
             {"name": "F2", "uri": "f2", "elements": [{{{Scenario("b")}}}]}]
            """);

        Assert.Equal([TestStatus.Failed, TestStatus.Passed], report.Cases.Select(c => c.Status));
    }

    [Theory]
    [InlineData("""{"name": "Outline", "keyword": "Scenario Outline", "line": 12}""", "Outline (line 12)")]
    [InlineData("""{"name": "Outline", "keyword": "Szenariogrundriss", "id": "f;outline;examples;3"}""", "Outline (example 3)")]
    [InlineData("""{"name": "Plain", "keyword": "Scenario", "id": "f;plain", "line": 4}""", "Plain")]
    public void AnOutlineRowIsNamedByItsLineOrItsId(string element, string expected)
    {
        Assert.Equal(expected, ParseSingle(element).Name);
    }

    [Fact]
    public void RowsSharingAnIdInAnotherLanguageAreKeptApartFromTheSecondOn()
    {
        var report = Parse(
            """{"name": "Gliederung", "keyword": "Szenariogrundriss", "id": "f;gliederung", "line": 10}""",
            """{"name": "Gliederung", "keyword": "Szenariogrundriss", "id": "f;gliederung", "line": 11}""");

        Assert.Equal(["Gliederung", "Gliederung (line 11)"], report.Cases.Select(c => c.Name));
    }

    [Fact]
    public void AScenarioWithoutANameGetsANumberedPlaceholder()
    {
        var report = Parse("""{"name": " "}""", """{"id": "x"}""");

        Assert.Equal(["(unnamed scenario 1)", "(unnamed scenario 2)"], report.Cases.Select(c => c.Name));
        Assert.Equal("line 1: scenario without a name recorded as '(unnamed scenario 1)'", report.Warnings.Messages[0]);
    }

    [Fact]
    public void EscapedTextIsDecoded()
    {
        var testCase = ParseSingle("""{"name": "caf\u00e9 \"quoted\" \ud83e\udd52", "steps": [{"result": {"status": "failed", "error_message": "line one\nline two"}}]}""");

        Assert.Equal("café \"quoted\" 🥒", testCase.Name);
        Assert.Equal("line one", testCase.FailureMessage);
        Assert.Equal("line one\nline two", testCase.FailureDetail);
    }

    [Fact]
    public void LongTextIsCutWithAWarning()
    {
        var limits = new ReportLimits { MaxMessageLength = 10, MaxFailureDetailLength = 20, MaxNameLength = 8 };
        var report = Parsing.Parse(
            $$"""[{"name": "A long feature name", "uri": "u", "elements": [{{Scenario("a long scenario name", """{"result": {"status": "failed", "error_message": "a very long message\nand a long stack trace"}}""")}}]}]""",
            limits);

        var testCase = Assert.Single(report.Cases);
        Assert.Equal("A long f", testCase.Suite);
        Assert.Equal("a long s", testCase.Name);
        Assert.Equal("a very lon", testCase.FailureMessage);
        Assert.Equal("a very long message\n", testCase.FailureDetail);
        Assert.Equal(4, report.Warnings.TotalCount);
    }

    [Fact]
    public void AByteOrderMarkIsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes($$"""[{"name": "F", "elements": [{{Scenario("s")}}]}]""")).ToArray();

        Assert.Equal("s", Assert.Single(Parsing.Parse(bytes).Cases).Name);
    }

    [Fact]
    public void AReportReadFromTheMiddleOfAStreamWithAByteOrderMarkComesBackToItsElements()
    {
        var report = Encoding.UTF8.GetBytes($$"""[{"elements": [{{Scenario("s", """{"result": {"status": "failed", "error_message": "boom"}}""")}}], "name": "F", "uri": "f"}]""");
        using var stream = new MemoryStream([.. "ignored head"u8, 0xEF, 0xBB, 0xBF, .. report]) { Position = 12 };

        var testCase = Assert.Single(Parsing.Parse(stream).Cases);

        Assert.Equal(("F", "f", "s", "boom"), (testCase.Suite, testCase.ClassName, testCase.Name, testCase.FailureMessage));
    }

    [Fact]
    public void UnknownPropertiesOfAnyShapeAreSkipped()
    {
        var testCase = ParseSingle("""
            {"name": "s", "tags": [{"name": "@a", "line": 1}], "description": null, "extra": {"deep": [[{"x": [1, 2, {"y": null}]}]]},
             "steps": [{"result": {"status": "passed"}, "embeddings": [{"mime_type": "image/png", "data": "iVBORw0KGgo="}], "rows": [{"cells": ["a", "b"]}]}]}
            """);

        Assert.Equal(TestStatus.Passed, testCase.Status);
    }

    private static string Scenario(string name, params string[] steps) =>
        $$"""{"type": "scenario", "name": "{{name}}", "steps": [{{string.Join(", ", steps)}}]}""";

    private static ParsedReport Parse(params string[] elements) =>
        Parsing.Parse($$"""[{"name": "F", "uri": "f.feature", "elements": [{{string.Join(", ", elements)}}]}]""");

    private static ParsedTestCase ParseSingle(string element) => Assert.Single(Parse(element).Cases);
}
