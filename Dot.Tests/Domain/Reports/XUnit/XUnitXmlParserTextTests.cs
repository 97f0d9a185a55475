using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports.XUnit;

public sealed class XUnitXmlParserTextTests
{
    [Fact]
    public void EveryTextFieldHonoursItsOwnLimit()
    {
        var limits = new ReportLimits { MaxSystemOutLength = 3, MaxFailureDetailLength = 5, MaxMessageLength = 6, MaxNameLength = 7 };

        var report = XUnitParsing.Parse(
            """
            <assemblies><assembly name="A.dll"><collection name="collection-long">
              <test name="name-too-long" type="class-too-long" method="m" result="Fail">
                <failure exception-type="type-too-long"><message>message-too-long</message><stack-trace>detail-too-long</stack-trace></failure>
                <output>out-too-long</output>
              </test>
            </collection></assembly></assemblies>
            """,
            limits);

        var testCase = Assert.Single(report.Cases);
        Assert.Equal(("collect", "class-t", "name-to", "type-to"), (testCase.Suite, testCase.ClassName, testCase.Name, testCase.FailureType));
        Assert.Equal(("messag", "detai", "out"), (testCase.FailureMessage, testCase.FailureDetail, testCase.SystemOut));
        Assert.Equal(
            [
                "name of suite 'collection-long' truncated to 7 characters",
                "name of test 'name-too-long' truncated to 7 characters",
                "class name of test 'name-to' truncated to 7 characters",
                "failure type of test 'name-to' truncated to 7 characters",
                "message of test 'name-to' truncated to 6 characters",
                "failure detail of test 'name-to' truncated to 5 characters",
                "output of test 'name-to' truncated to 3 characters",
            ],
            report.Warnings.Messages);
    }

    [Theory]
    [InlineData("48.3914131", 483_914_131L)]
    [InlineData("0,014", 140_000L)]
    [InlineData("1.234", 12_340_000L)]
    public void TimesAreSecondsWithADecimalPointOrComma(string time, long ticks)
    {
        var testCase = XUnitParsing.ParseSingle($"""<test name="t" result="Pass" time="{time}"/>""");

        Assert.Equal(TimeSpan.FromTicks(ticks), testCase.Duration);
    }

    [Fact]
    public void ABadTimeIsWarnedAboutNotFatal()
    {
        var report = XUnitParsing.Parse("""<assembly name="A"><class name="C"><test name="t" result="Pass" time="soon"/></class></assembly>""");

        Assert.Equal(TimeSpan.Zero, Assert.Single(report.Cases).Duration);
        Assert.Equal(["time 'soon' of test 't' is not a duration; recorded as 0"], report.Warnings.Messages);
    }

    [Fact]
    public void EntitiesAndCDataAreDecoded()
    {
        var testCase = XUnitParsing.ParseSingle(
            """<test name="Gen&lt;String&gt;(&quot;A&quot;)" type="G" result="Fail"><failure><message>it&apos;s <![CDATA[<raw> & ]]>done</message></failure></test>""");

        Assert.Equal("Gen<String>(\"A\")", testCase.Name);
        Assert.Equal("it's <raw> & done", testCase.FailureMessage);
    }
}
