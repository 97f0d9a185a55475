using Dot.Domain.Reports;
using Dot.Domain.Reports.Trx;

namespace Dot.Tests.Domain.Reports.Trx;

/// <summary>Small TRX documents made up for tests, and parsing them to the end (<see cref="ReportParsing"/>).</summary>
internal static class TrxParsing
{
    public const string Namespace = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static ReportParsing Parsing { get; } = new(new TrxParser());

    public static IReportParser Parser => Parsing.Parser;

    /// <summary>A TestRun with the given results and definitions, results first as VSTest writes them.</summary>
    public static string Run(string results, string definitions = "", bool definitionsFirst = false)
    {
        var resultsElement = $"<Results>{results}</Results>";
        var definitionsElement = $"<TestDefinitions>{definitions}</TestDefinitions>";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="run" name="ci@agent" xmlns="{Namespace}">
              <Times start="2024-05-01T10:00:00+02:00" />
              {(definitionsFirst ? definitionsElement : resultsElement)}
              {(definitionsFirst ? resultsElement : definitionsElement)}
              <ResultSummary outcome="Completed"><Counters total="1" /></ResultSummary>
            </TestRun>
            """;
    }

    /// <summary>A UnitTest definition whose TestMethod names the class.</summary>
    public static string Definition(string id, string className, string name = "Test", string storage = @"c:\build\Tests.dll") =>
        $"""
        <UnitTest name="{name}" storage="{storage}" id="{id}">
          <Execution id="e-{id}" />
          <TestMethod codeBase="c:\build\Tests.dll" adapterTypeName="executor://x" className="{className}" name="{name}" />
        </UnitTest>
        """;

    /// <summary>A UnitTestResult with the given attributes (outcome Passed unless given) and content.</summary>
    public static string Result(string attributes, string content = "")
    {
        var outcome = attributes.Contains("outcome=", StringComparison.Ordinal) ? string.Empty : " outcome=\"Passed\"";
        return content.Length == 0
            ? $"<UnitTestResult {attributes}{outcome} />"
            : $"<UnitTestResult {attributes}{outcome}>{content}</UnitTestResult>";
    }

    public static ParsedReport Parse(string xml, ReportLimits? limits = null) => Parsing.Parse(xml, limits);

    public static ParsedReport Parse(Stream stream, ReportLimits? limits = null) => Parsing.Parse(stream, limits);

    /// <summary>Parses a run holding the one result given, defined by a test of class C, and returns its only case.</summary>
    public static ParsedTestCase ParseSingle(string result, ReportLimits? limits = null) =>
        Assert.Single(Parse(Run(result, Definition("t1", "C")), limits).Cases);

    public static ReportParseException Reject(string xml) => Parsing.Reject(xml);
}
