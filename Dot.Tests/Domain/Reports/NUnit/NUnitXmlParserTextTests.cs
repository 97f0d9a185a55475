using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports.NUnit;

public sealed class NUnitXmlParserTextTests
{
    [Fact]
    public void EveryTextFieldHonoursItsOwnLimit()
    {
        var limits = new ReportLimits { MaxSystemOutLength = 3, MaxFailureDetailLength = 5, MaxMessageLength = 6, MaxNameLength = 7 };

        var report = NUnitParsing.Parse(
            """
            <test-run>
              <test-suite type="TestFixture" name="suite-name-long">
                <test-case name="name-too-long" classname="class-too-long" result="Failed">
                  <failure><message>message-too-long</message><stack-trace>detail-too-long</stack-trace></failure>
                  <output>out-too-long</output>
                </test-case>
              </test-suite>
            </test-run>
            """,
            limits);

        var testCase = Assert.Single(report.Cases);
        Assert.Equal(("suite-n", "class-t", "name-to"), (testCase.Suite, testCase.ClassName, testCase.Name));
        Assert.Equal(("messag", "detai", "out"), (testCase.FailureMessage, testCase.FailureDetail, testCase.SystemOut));
        Assert.Equal(
            [
                "name of suite 'suite-name-long' truncated to 7 characters",
                "name of test 'name-too-long' truncated to 7 characters",
                "class name of test 'name-to' truncated to 7 characters",
                "message of test 'name-to' truncated to 6 characters",
                "failure detail of test 'name-to' truncated to 5 characters",
                "output of test 'name-to' truncated to 3 characters",
            ],
            report.Warnings.Messages);
    }

    [Fact]
    public void ASkipReasonIsCutToTheMessageLimit()
    {
        var report = NUnitParsing.Parse(
            """<test-run><test-case name="t" classname="C" result="Skipped"><reason><message>a long reason</message></reason></test-case></test-run>""",
            new ReportLimits { MaxMessageLength = 6 });

        Assert.Equal("a long", Assert.Single(report.Cases).FailureMessage);
        Assert.Equal(["message of test 't' truncated to 6 characters"], report.Warnings.Messages);
    }

    [Fact]
    public void EntitiesAndCDataAreDecoded()
    {
        var testCase = NUnitParsing.ParseSingle(
            """
            <test-case name="Say(&quot;a.b&quot;)" classname="Ns.C&lt;T&gt;" result="Failed">
              <failure><message>it&apos;s <![CDATA[<raw> & ]]>done</message></failure>
            </test-case>
            """);

        Assert.Equal("Say(\"a.b\")", testCase.Name);
        Assert.Equal("Ns.C<T>", testCase.ClassName);
        Assert.Equal("it's <raw> & done", testCase.FailureMessage);
    }

    [Theory]
    [InlineData("duration=\"1.5\"", 1500)]
    [InlineData("duration=\"0,25\"", 250)]
    [InlineData("time=\"2.000\"", 2000)]
    [InlineData("duration=\"3\" time=\"9\"", 3000)]
    [InlineData("", 0)]
    public void DurationsAreSecondsFromDurationOrElseTime(string attributes, int milliseconds)
    {
        var testCase = NUnitParsing.ParseSingle($"""<test-case name="t" classname="C" result="Passed" {attributes}/>""");

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), testCase.Duration);
    }

    [Fact]
    public void BadDurationsAndStartTimesAreWarnedAboutNotFatal()
    {
        var report = NUnitParsing.Parse(
            """<test-run><test-case name="t" classname="C" result="Passed" duration="-1" start-time="yesterday"/></test-run>""");

        var testCase = Assert.Single(report.Cases);
        Assert.Equal(TimeSpan.Zero, testCase.Duration);
        Assert.Null(testCase.Timestamp);
        Assert.Equal(
            ["time '-1' of test 't' is negative; recorded as 0", "timestamp 'yesterday' of test 't' is not a date; ignored"],
            report.Warnings.Messages);
    }
}
