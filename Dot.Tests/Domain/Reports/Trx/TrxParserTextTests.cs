using Dot.Domain.Reports;
using Dot.Domain.Results;
using static Dot.Tests.Domain.Reports.Trx.TrxParsing;

namespace Dot.Tests.Domain.Reports.Trx;

/// <summary>Output, error info, durations and timestamps of one result, and the limits on its text.</summary>
public sealed class TrxParserTextTests
{
    [Fact]
    public void TheErrorInfoAndTheOutputAreKept()
    {
        var testCase = ParseSingle(Result(
            """testId="t1" testName="T" outcome="Failed" """,
            """
            <Output>
              <StdOut>line one
            line two</StdOut>
              <StdErr><![CDATA[warning: <careful>]]></StdErr>
              <DebugTrace>debug</DebugTrace>
              <TextMessages><Message>a text message, not the failure</Message></TextMessages>
              <ErrorInfo>
                <Message>Assert.Equal() Failure&#xD;
            Expected: 3</Message>
                <StackTrace>   at Calc.Tests.Adds() in Calc.cs:line 27</StackTrace>
              </ErrorInfo>
            </Output>
            <ResultFiles><ResultFile path="screenshot.png" /></ResultFiles>
            """));

        Assert.Equal("line one\nline two", testCase.SystemOut);
        Assert.Equal("warning: <careful>", testCase.SystemErr);
        Assert.Equal("Assert.Equal() Failure\r\nExpected: 3", testCase.FailureMessage);
        Assert.Equal("   at Calc.Tests.Adds() in Calc.cs:line 27", testCase.FailureDetail);
        Assert.Null(testCase.FailureType);
        Assert.Null(testCase.File);
    }

    [Fact]
    public void TheSkipReasonOfANotExecutedTestIsItsMessage()
    {
        var testCase = ParseSingle(Result(
            """testId="t1" testName="T" outcome="NotExecuted" """,
            "<Output><StdOut>Ignore test</StdOut><ErrorInfo><Message>Ignore test</Message></ErrorInfo></Output>"));

        Assert.Equal((TestStatus.Skipped, "Ignore test"), (testCase.Status, testCase.FailureMessage));
    }

    [Fact]
    public void BlankTextIsNull()
    {
        var testCase = ParseSingle(Result("""testId="t1" testName="T" """, "<Output><StdOut>  </StdOut><ErrorInfo><Message/></ErrorInfo></Output>"));

        Assert.Null(testCase.SystemOut);
        Assert.Null(testCase.FailureMessage);
    }

    [Fact]
    public void LongTextIsCutToTheLimitsWithWarnings()
    {
        var limits = new ReportLimits { MaxSystemOutLength = 5, MaxSystemErrLength = 6, MaxMessageLength = 7, MaxFailureDetailLength = 8, MaxNameLength = 9 };
        var report = Parse(
            Run(
                Result(
                    """testId="t1" testName="A very long test name" outcome="Failed" """,
                    $"<Output><StdOut>{new string('o', 100)}</StdOut><StdErr>{new string('e', 100)}</StdErr>"
                    + $"<ErrorInfo><Message>{new string('m', 100)}</Message><StackTrace>{new string('s', 100)}</StackTrace></ErrorInfo></Output>"),
                Definition("t1", "Very.Long.Class.Name")),
            limits);

        var testCase = Assert.Single(report.Cases);
        Assert.Equal(
            ("A very lo", "Very.Long", "ooooo", "eeeeee", "mmmmmmm", "ssssssss"),
            (testCase.Name, testCase.ClassName, testCase.SystemOut, testCase.SystemErr, testCase.FailureMessage, testCase.FailureDetail));
        Assert.Equal(
            [
                "class name of test 'Test' truncated to 9 characters",
                "name of test 'A very long test name' truncated to 9 characters",
                "system-out of test 'A very lo' truncated to 5 characters",
                "system-err of test 'A very lo' truncated to 6 characters",
                "message of test 'A very lo' truncated to 7 characters",
                "failure detail of test 'A very lo' truncated to 8 characters",
            ],
            report.Warnings.Messages);
    }

    [Fact]
    public void TheDurationIsATimeSpanAndTheTimestampTheStart()
    {
        var testCase = ParseSingle(Result(
            """testId="t1" testName="T" duration="00:01:02.0768910" startTime="2021-04-20T08:31:32.9669698+02:00" endTime="2021-04-20T08:32:35.0000000+02:00" """));

        Assert.Equal(new TimeSpan(0, 0, 1, 2) + TimeSpan.FromTicks(768_910), testCase.Duration);
        Assert.Equal(new DateTimeOffset(2021, 4, 20, 8, 31, 32, TimeSpan.FromHours(2)) + TimeSpan.FromTicks(9_669_698), testCase.Timestamp);
    }

    [Fact]
    public void WithoutADurationTheTimeFromStartToEndIsTaken()
    {
        var testCase = ParseSingle(Result(
            """testId="t1" testName="T" startTime="2021-04-20T08:31:32.5+02:00" endTime="2021-04-20T08:31:34.0+02:00" """));

        Assert.Equal(TimeSpan.FromSeconds(1.5), testCase.Duration);
    }

    [Theory]
    [InlineData("""startTime="2021-04-20T08:31:34+02:00" endTime="2021-04-20T08:31:32+02:00" """)]
    [InlineData("""startTime="2021-04-20T08:31:34+02:00" """)]
    [InlineData("")]
    public void WithoutADurationOrAnOrderedStartAndEndTheDurationIsZero(string times)
    {
        var testCase = ParseSingle(Result($"""testId="t1" testName="T" {times}"""));

        Assert.Equal(TimeSpan.Zero, testCase.Duration);
    }

    [Fact]
    public void AnInvalidDurationOrTimestampIsWarnedAbout()
    {
        var report = Parse(Run(Result("""testId="t1" testName="T" duration="soon" startTime="yesterday" """), Definition("t1", "C")));

        var testCase = Assert.Single(report.Cases);
        Assert.Equal((TimeSpan.Zero, (DateTimeOffset?)null), (testCase.Duration, testCase.Timestamp));
        Assert.Equal(
            ["timestamp 'yesterday' of test 'T' is not a date; ignored", "time 'soon' of test 'T' is not a duration; recorded as 0"],
            report.Warnings.Messages);
    }
}
