using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class JUnitXmlParserTextTests
{
    [Fact]
    public void CaseOutputIsKeptWithTextAndCDataJoined()
    {
        var testCase = JUnitParsing.ParseSingle(
            """<testcase name="t"><system-out>before <![CDATA[<raw> & ]]>after</system-out><system-err>warn</system-err></testcase>""");

        Assert.Equal("before <raw> & after", testCase.SystemOut);
        Assert.Equal("warn", testCase.SystemErr);
    }

    [Fact]
    public void BlankOutputIsNull()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t"><system-out>   </system-out><system-err/></testcase>""");

        Assert.Null(testCase.SystemOut);
        Assert.Null(testCase.SystemErr);
    }

    [Fact]
    public void LongSystemOutIsCutToTheLimitWithAWarning()
    {
        var output = new string('x', 70_000);

        var report = JUnitParsing.Parse($"""<testsuite><testcase name="X"><system-out>{output}</system-out></testcase></testsuite>""");

        Assert.Equal(ReportLimits.DefaultOutputLength, Assert.Single(report.Cases).SystemOut!.Length);
        Assert.Equal(["system-out of test 'X' truncated to 65536 characters"], report.Warnings.Messages);
    }

    [Fact]
    public void EveryTextFieldHonoursItsOwnLimit()
    {
        var limits = new ReportLimits
        {
            MaxSystemOutLength = 3,
            MaxSystemErrLength = 4,
            MaxFailureDetailLength = 5,
            MaxMessageLength = 6,
            MaxNameLength = 7,
        };

        var report = JUnitParsing.Parse(
            """
            <testsuite name="suite-name-long">
              <testcase name="name-too-long" classname="class-too-long" file="file-too-long">
                <failure message="message-too-long" type="type-too-long">detail-too-long</failure>
                <system-out>out-too-long</system-out>
                <system-err>err-too-long</system-err>
              </testcase>
            </testsuite>
            """,
            limits);

        var testCase = Assert.Single(report.Cases);
        Assert.Equal(
            ("suite-n", "class-t", "name-to", "file-to", "messag", "type-to", "detai", "out", "err-"),
            (testCase.Suite, testCase.ClassName, testCase.Name, testCase.File, testCase.FailureMessage, testCase.FailureType,
                testCase.FailureDetail, testCase.SystemOut, testCase.SystemErr));
        Assert.Equal(
            [
                "name of suite 'suite-name-long' truncated to 7 characters",
                "name of test 'name-too-long' truncated to 7 characters",
                "class name of test 'name-to' truncated to 7 characters",
                "file of test 'name-to' truncated to 7 characters",
                "message of test 'name-to' truncated to 6 characters",
                "failure type of test 'name-to' truncated to 7 characters",
                "failure detail of test 'name-to' truncated to 5 characters",
                "system-out of test 'name-to' truncated to 3 characters",
                "system-err of test 'name-to' truncated to 4 characters",
            ],
            report.Warnings.Messages);
    }

    [Fact]
    public void TruncationNeverSplitsASurrogatePair()
    {
        var testCase = JUnitParsing.ParseSingle(
            """<testcase name="t"><system-out>ab𒍺cd</system-out></testcase>""",
            new ReportLimits { MaxSystemOutLength = 3 });

        Assert.Equal("ab", testCase.SystemOut);
    }

    [Fact]
    public void ControlCharacterReferencesFromColouredOutputAreKept()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t"><system-out>&#27;[31mred&#27;[0m</system-out></testcase>""");

        Assert.Equal("\u001b[31mred\u001b[0m", testCase.SystemOut);
    }

    [Fact]
    public void InvalidTimesAreZeroWithAWarning()
    {
        var report = JUnitParsing.Parse("""<testsuite><testcase name="t" time="soon"/><testcase name="u" time="-1.5"/></testsuite>""");

        Assert.All(report.Cases, c => Assert.Equal(TimeSpan.Zero, c.Duration));
        Assert.Equal(
            ["time 'soon' of test 't' is not a duration; recorded as 0", "time '-1.5' of test 'u' is negative; recorded as 0"],
            report.Warnings.Messages);
    }

    [Fact]
    public void InvalidTimestampsAreIgnoredWithAWarning()
    {
        var report = JUnitParsing.Parse("""<testsuite name="s" timestamp="yesterday"><testcase name="t" timestamp="soon"/></testsuite>""");

        Assert.Null(Assert.Single(report.Cases).Timestamp);
        Assert.Equal(
            ["timestamp 'yesterday' of suite 's' is not a date; ignored", "timestamp 'soon' of test 't' is not a date; ignored"],
            report.Warnings.Messages);
    }
}
