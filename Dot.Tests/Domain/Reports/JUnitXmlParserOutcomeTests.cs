using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports;

public sealed class JUnitXmlParserOutcomeTests
{
    [Fact]
    public void ACaseWithoutResultElementsPassed()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t"></testcase>""");

        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.False(testCase.Flaky);
        Assert.Null(testCase.FailureMessage);
    }

    [Fact]
    public void AFailureGivesItsMessageTypeAndBody()
    {
        var testCase = JUnitParsing.ParseSingle(
            """<testcase name="t"><failure message="expected 1" type="AssertionError">at Foo.bar(Foo.java:3)</failure></testcase>""");

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.Equal("expected 1", testCase.FailureMessage);
        Assert.Equal("AssertionError", testCase.FailureType);
        Assert.Equal("at Foo.bar(Foo.java:3)", testCase.FailureDetail);
    }

    [Fact]
    public void AnErrorIsErrored()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t"><error message="boom" type="IOException"/></testcase>""");

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal("boom", testCase.FailureMessage);
        Assert.Equal("IOException", testCase.FailureType);
        Assert.Null(testCase.FailureDetail);
    }

    [Fact]
    public void ASkippedCaseKeepsItsReason()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t"><skipped message="needs Spark 3"/></testcase>""");

        Assert.Equal(TestStatus.Skipped, testCase.Status);
        Assert.Equal("needs Spark 3", testCase.FailureMessage);
    }

    [Fact]
    public void TheMostSevereResultElementDecidesAndKeepsItsMessage()
    {
        var testCase = JUnitParsing.ParseSingle(
            """
            <testcase name="t">
              <skipped/>
              <failure message="test failure">Assertion failed</failure>
              <error message="teardown failure">stdout</error>
              <error message="second error"/>
            </testcase>
            """);

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal("teardown failure", testCase.FailureMessage);
        Assert.Equal("stdout", testCase.FailureDetail);
    }

    [Fact]
    public void SkippedAndFailedIsFailed()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t"><skipped/><failure message="m"/></testcase>""");

        Assert.Equal(TestStatus.Failed, testCase.Status);
    }

    [Theory]
    [InlineData("flakyFailure")]
    [InlineData("flakyError")]
    public void AFlakyReRunPassesAndKeepsTheFirstFailedAttempt(string element)
    {
        var testCase = JUnitParsing.ParseSingle(
            $"""
            <testcase name="t" time="0.2">
              <{element} message="first attempt" type="java.lang.AssertionError">
                <stackTrace>at First.attempt</stackTrace>
                <system-out>attempt output</system-out>
              </{element}>
              <{element} message="second attempt"><stackTrace>at Second.attempt</stackTrace></{element}>
            </testcase>
            """);

        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.True(testCase.Flaky);
        Assert.Equal("first attempt", testCase.FailureMessage);
        Assert.Equal("java.lang.AssertionError", testCase.FailureType);
        Assert.Equal("at First.attempt", testCase.FailureDetail);
    }

    [Fact]
    public void ReRunFailuresOfAFailedCaseKeepItFailed()
    {
        var testCase = JUnitParsing.ParseSingle(
            """
            <testcase name="t">
              <failure message="run 1" type="AssertionError">trace 1</failure>
              <rerunFailure message="run 2" type="AssertionError"><stackTrace>trace 2</stackTrace></rerunFailure>
            </testcase>
            """);

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.False(testCase.Flaky);
        Assert.Equal("run 1", testCase.FailureMessage);
        Assert.Equal("trace 1", testCase.FailureDetail);
    }

    [Fact]
    public void AReRunErrorAloneIsErrored()
    {
        var testCase = JUnitParsing.ParseSingle(
            """<testcase name="t"><rerunError message="again" type="IOException"><stackTrace>trace</stackTrace></rerunError></testcase>""");

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.False(testCase.Flaky);
        Assert.Equal("trace", testCase.FailureDetail);
    }

    [Fact]
    public void AFailureOutranksAFlakyReRun()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t"><flakyFailure message="flaky"/><failure message="real"/></testcase>""");

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.False(testCase.Flaky);
        Assert.Equal("real", testCase.FailureMessage);
    }

    [Theory]
    [InlineData("disabled", TestStatus.Skipped)]
    [InlineData("notrun", TestStatus.Skipped)]
    [InlineData("SKIPPED", TestStatus.Skipped)]
    [InlineData("run", TestStatus.Passed)]
    [InlineData("passed", TestStatus.Passed)]
    public void AStatusAttributeMarksCasesThatDidNotRun(string status, TestStatus expected)
    {
        var testCase = JUnitParsing.ParseSingle($"""<testcase name="t" status="{status}"/>""");

        Assert.Equal(expected, testCase.Status);
    }

    [Fact]
    public void AResultElementOutranksTheStatusAttribute()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t" status="disabled"><failure/></testcase>""");

        Assert.Equal(TestStatus.Failed, testCase.Status);
    }
}
