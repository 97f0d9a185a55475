using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.NUnit;

public sealed class NUnitXmlParserOutcomeTests
{
    [Theory]
    [InlineData("Passed", null, TestStatus.Passed)]
    [InlineData("Warning", null, TestStatus.Passed)]
    [InlineData("Failed", null, TestStatus.Failed)]
    [InlineData("Failed", "Error", TestStatus.Errored)]
    [InlineData("Failed", "Cancelled", TestStatus.Errored)]
    [InlineData("Failed", "Invalid", TestStatus.Errored)]
    [InlineData("Skipped", "Ignored", TestStatus.Skipped)]
    [InlineData("Skipped", "Explicit", TestStatus.Skipped)]
    [InlineData("Skipped", null, TestStatus.Skipped)]
    [InlineData("Inconclusive", null, TestStatus.Skipped)]
    [InlineData("failed", "error", TestStatus.Errored)]
    public void AnNUnit3ResultAndLabelGiveTheStatus(string result, string? label, TestStatus expected)
    {
        var labelAttribute = label is null ? string.Empty : $" label=\"{label}\"";

        var testCase = NUnitParsing.ParseSingle($"""<test-case name="t" classname="C" result="{result}"{labelAttribute}/>""");

        Assert.Equal(expected, testCase.Status);
    }

    [Theory]
    [InlineData("""executed="True" result="Success" success="True" """, TestStatus.Passed)]
    [InlineData("""executed="True" result="Failure" success="False" """, TestStatus.Failed)]
    [InlineData("""executed="True" result="Error" success="False" """, TestStatus.Errored)]
    [InlineData("""executed="True" result="Cancelled" """, TestStatus.Errored)]
    [InlineData("""executed="False" result="NotRunnable" """, TestStatus.Errored)]
    [InlineData("""executed="False" result="Ignored" """, TestStatus.Skipped)]
    [InlineData("""executed="False" result="Skipped" """, TestStatus.Skipped)]
    [InlineData("""executed="True" result="Inconclusive" success="False" """, TestStatus.Skipped)]
    [InlineData("""executed="True" success="True" """, TestStatus.Passed)]
    [InlineData("""executed="True" success="False" """, TestStatus.Failed)]
    [InlineData("""executed="true" success="true" """, TestStatus.Passed)]
    [InlineData("""executed="False" """, TestStatus.Skipped)]
    [InlineData("", TestStatus.Passed)]
    public void AnNUnit2ResultOrItsFlagsGiveTheStatus(string attributes, TestStatus expected)
    {
        var testCase = NUnitParsing.ParseSingleNUnit2($"""<test-case name="Ns.C.t" {attributes}/>""");

        Assert.Equal(expected, testCase.Status);
    }

    [Fact]
    public void WithoutAResultAFailureElementMeansFailed()
    {
        var testCase = NUnitParsing.ParseSingleNUnit2(
            """<test-case name="Ns.C.t" executed="True" success="Turue"><failure><message>boom</message></failure></test-case>""");

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.Equal("boom", testCase.FailureMessage);
    }

    [Fact]
    public void AnUnknownResultIsReadFromTheOtherAttributesWithAWarning()
    {
        var report = NUnitParsing.Parse(
            """
            <test-run>
              <test-case name="a" classname="C" result="Exploded" executed="False"/>
              <test-case name="b" classname="C" result="" />
            </test-run>
            """);

        Assert.Equal([TestStatus.Skipped, TestStatus.Passed], report.Cases.Select(c => c.Status));
        Assert.Equal(["result 'Exploded' of test 'a' is not an NUnit result; read from its other attributes"], report.Warnings.Messages);
    }

    [Fact]
    public void AFailureKeepsItsMessageAndStackTrace()
    {
        var testCase = NUnitParsing.ParseSingle(
            """
            <test-case name="t" classname="C" result="Failed" label="Error">
              <failure>
                <message><![CDATA[System.NullReferenceException : Object reference not set]]></message>
                <stack-trace><![CDATA[   at C.t() in C.cs:line 12]]></stack-trace>
              </failure>
              <output><![CDATA[log line]]></output>
            </test-case>
            """);

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal("System.NullReferenceException : Object reference not set", testCase.FailureMessage);
        Assert.Equal("   at C.t() in C.cs:line 12", testCase.FailureDetail);
        Assert.Null(testCase.FailureType);
        Assert.Equal("log line", testCase.SystemOut);
    }

    [Fact]
    public void ASkippedTestKeepsItsReason()
    {
        var testCase = NUnitParsing.ParseSingle(
            """<test-case name="t" classname="C" result="Skipped" label="Ignored"><reason><message><![CDATA[not today]]></message></reason></test-case>""");

        Assert.Equal(TestStatus.Skipped, testCase.Status);
        Assert.Equal("not today", testCase.FailureMessage);
        Assert.Null(testCase.FailureDetail);
    }

    [Fact]
    public void AWarningPassesAndKeepsTheWarningAsItsMessage()
    {
        var testCase = NUnitParsing.ParseSingle(
            """<test-case name="t" classname="C" result="Warning"><reason><message>slow response</message></reason></test-case>""");

        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.Equal("slow response", testCase.FailureMessage);
    }

    [Fact]
    public void APassedTestDropsItsReason()
    {
        var testCase = NUnitParsing.ParseSingleNUnit2(
            """<test-case name="Ns.C.t" executed="True" result="Success"><reason><message>Succeeded!</message></reason></test-case>""");

        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.Null(testCase.FailureMessage);
    }

    [Fact]
    public void BlankFailureTextIsNull()
    {
        var testCase = NUnitParsing.ParseSingle(
            """<test-case name="t" classname="C" result="Failed"><failure><message><![CDATA[]]></message><stack-trace>  </stack-trace></failure></test-case>""");

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.Null(testCase.FailureMessage);
        Assert.Null(testCase.FailureDetail);
    }
}
