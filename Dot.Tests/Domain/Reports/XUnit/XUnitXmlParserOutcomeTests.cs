using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.XUnit;

public sealed class XUnitXmlParserOutcomeTests
{
    [Theory]
    [InlineData("Pass", TestStatus.Passed)]
    [InlineData("Fail", TestStatus.Failed)]
    [InlineData("Skip", TestStatus.Skipped)]
    [InlineData("NotRun", TestStatus.Skipped)]
    [InlineData("fail", TestStatus.Failed)]
    public void TheResultGivesTheStatus(string result, TestStatus expected)
    {
        var testCase = XUnitParsing.ParseSingle($"""<test name="t" type="T" method="t" result="{result}"/>""");

        Assert.Equal(expected, testCase.Status);
    }

    [Fact]
    public void WithoutAKnownResultTheChildrenGiveTheStatus()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies><assembly name="A.dll"><collection name="C">
              <test name="a" type="T"><failure><message>boom</message></failure></test>
              <test name="b" type="T"><reason/></test>
              <test name="c" type="T" result="Exploded"/>
            </collection></assembly></assemblies>
            """);

        Assert.Equal([TestStatus.Failed, TestStatus.Skipped, TestStatus.Passed], report.Cases.Select(c => c.Status));
        Assert.Equal(["result 'Exploded' of test 'c' is not an xUnit.net result; read from its other elements"], report.Warnings.Messages);
    }

    [Fact]
    public void AFailureKeepsItsExceptionTypeMessageAndStackTrace()
    {
        var testCase = XUnitParsing.ParseSingle(
            """
            <test name="Ns.T.t" type="Ns.T" method="t" result="Fail" time="0.014">
              <failure exception-type="Xunit.Sdk.TrueException">
                <message><![CDATA[Assert.True() Failure]]></message>
                <stack-trace><![CDATA[   at Ns.T.t() in T.cs:line 16]]></stack-trace>
              </failure>
            </test>
            """);

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.Equal("Xunit.Sdk.TrueException", testCase.FailureType);
        Assert.Equal("Assert.True() Failure", testCase.FailureMessage);
        Assert.Equal("   at Ns.T.t() in T.cs:line 16", testCase.FailureDetail);
    }

    [Fact]
    public void AFailureWithoutAnExceptionTypeHasNone()
    {
        var testCase = XUnitParsing.ParseSingle("""<test name="t" result="Fail"><failure><message>differs</message></failure></test>""");

        Assert.Null(testCase.FailureType);
        Assert.Equal("differs", testCase.FailureMessage);
        Assert.Null(testCase.FailureDetail);
    }

    [Theory]
    [InlineData("<reason><![CDATA[On Purpose]]></reason>")]
    [InlineData("<reason><message>On Purpose</message></reason>")]
    public void ASkipKeepsItsReasonInV2AndV1Form(string reason)
    {
        var testCase = XUnitParsing.ParseSingle($"""<test name="t" type="T" method="t" result="Skip">{reason}</test>""");

        Assert.Equal(TestStatus.Skipped, testCase.Status);
        Assert.Equal("On Purpose", testCase.FailureMessage);
    }
}
