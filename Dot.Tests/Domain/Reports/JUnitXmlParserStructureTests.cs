using System.Text;
using Dot.Domain.Reports;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports;

public sealed class JUnitXmlParserStructureTests
{
    [Fact]
    public void ReadsTheAttributesOfATestCase()
    {
        var testCase = JUnitParsing.ParseSingle(
            """<testcase name="adds" classname="calc.MathTests" time="1.5" file="tests/math.py" timestamp="2024-03-01T10:00:00Z"/>""");

        Assert.Equal(
            new ParsedTestCase("suite", "calc.MathTests", "adds", TestStatus.Passed, TimeSpan.FromSeconds(1.5), null, null, null,
                new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), "tests/math.py", null, null, false),
            testCase);
    }

    [Fact]
    public void ReadsATestSuitesRootWithSeveralSuites()
    {
        var report = JUnitParsing.Parse(
            """
            <testsuites>
              <testsuite name="a"><testcase name="one"/><testcase name="two"/></testsuite>
              <testsuite name="b"><testcase name="three"/></testsuite>
            </testsuites>
            """);

        Assert.Equal(["a/one", "a/two", "b/three"], report.Cases.Select(c => $"{c.Suite}/{c.Name}"));
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void NestedSuitesGiveEachCaseItsInnermostSuite()
    {
        var report = JUnitParsing.Parse(
            """
            <testsuite name="outer">
              <testsuite name="middle">
                <testsuite name="inner"><testcase name="deep"/></testsuite>
                <testcase name="middling"/>
              </testsuite>
              <testcase name="shallow"/>
            </testsuite>
            """);

        Assert.Equal(["inner/deep", "middle/middling", "outer/shallow"], report.Cases.Select(c => $"{c.Suite}/{c.Name}"));
    }

    [Fact]
    public void ACaseOutsideAnySuiteHasNoSuite()
    {
        var report = JUnitParsing.Parse("""<testsuites><testcase name="loose"/></testsuites>""");

        Assert.Null(Assert.Single(report.Cases).Suite);
    }

    [Fact]
    public void ACaseInheritsTheTimestampOfTheNearestSuiteThatHasOne()
    {
        var report = JUnitParsing.Parse(
            """
            <testsuite name="outer" timestamp="2024-01-01T08:00:00">
              <testsuite name="inner"><testcase name="inherits"/></testsuite>
              <testcase name="own" timestamp="2024-01-02T09:30:00+02:00"/>
            </testsuite>
            """);

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero), report.Cases[0].Timestamp);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 9, 30, 0, TimeSpan.FromHours(2)), report.Cases[1].Timestamp);
    }

    [Fact]
    public void BlankOptionalAttributesAreNull()
    {
        var testCase = JUnitParsing.ParseSingle("""<testcase name="t" classname="" file=" " time="" timestamp=""/>""");

        Assert.Null(testCase.ClassName);
        Assert.Null(testCase.File);
        Assert.Null(testCase.Timestamp);
        Assert.Equal(TimeSpan.Zero, testCase.Duration);
    }

    [Fact]
    public void ATestCaseWithoutANameIsNumberedAndWarnedAbout()
    {
        var report = JUnitParsing.Parse(
            """
            <testsuite>
              <testcase classname="C"/>
              <testcase name=" "><failure/></testcase>
            </testsuite>
            """);

        Assert.Equal(["(unnamed testcase 1)", "(unnamed testcase 2)"], report.Cases.Select(c => c.Name));
        Assert.Equal(
            ["line 2: testcase without a name recorded as '(unnamed testcase 1)'", "line 3: testcase without a name recorded as '(unnamed testcase 2)'"],
            report.Warnings.Messages);
    }

    [Fact]
    public void PropertiesAndSuiteOutputAreSkippedWithoutWarnings()
    {
        var report = JUnitParsing.Parse(
            """
            <testsuites>
              <properties><property name="a" value="b"/></properties>
              <testsuite name="s">
                <properties><property name="c" value="d"/></properties>
                <testcase name="t"><properties><property name="e" value="f"/></properties></testcase>
                <system-out>suite output</system-out>
                <system-err>suite errors</system-err>
              </testsuite>
            </testsuites>
            """);

        var testCase = Assert.Single(report.Cases);
        Assert.Null(testCase.SystemOut);
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void UnknownElementsAreSkippedWithAWarningNamingTheLine()
    {
        var report = JUnitParsing.Parse(
            """
            <testsuite name="s">
              <foo><testcase name="hidden"/></foo>
              <testcase name="t"><attachment>x</attachment></testcase>
            </testsuite>
            """);

        Assert.Equal("t", Assert.Single(report.Cases).Name);
        Assert.Equal(
            ["line 2: unknown element <foo> ignored", "line 3: unknown element <attachment> in test 't' ignored"],
            report.Warnings.Messages);
    }

    [Fact]
    public void XmlEntitiesInNamesAndMessagesAreDecoded()
    {
        var testCase = JUnitParsing.ParseSingle(
            """<testcase name="with &quot;quotes&quot; &amp; &lt;tags&gt;"><failure message="it&apos;s">body &amp; soul</failure></testcase>""");

        Assert.Equal("with \"quotes\" & <tags>", testCase.Name);
        Assert.Equal("it's", testCase.FailureMessage);
        Assert.Equal("body & soul", testCase.FailureDetail);
    }

    [Fact]
    public void AByteOrderMarkAndNonAsciiNamesAreRead()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="utf-8"?><testsuite><testcase name="test 헴䜝 𒍺𡓿"/></testsuite>"""))
            .ToArray();

        var report = JUnitParsing.Parse(bytes);

        Assert.Equal("test 헴䜝 𒍺𡓿", Assert.Single(report.Cases).Name);
    }

    [Fact]
    public void ParseReadsNothingUntilEnumeratedAndLeavesTheStreamOpen()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""<testsuite><testcase name="t"/></testsuite>"""));

        var cases = new JUnitXmlParser().Parse(stream, ReportLimits.Default, new ParseWarnings());
        var positionBeforeEnumeration = stream.Position;
        var count = cases.Count();

        Assert.Equal(0, positionBeforeEnumeration);
        Assert.Equal(1, count);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void AnEmptyTestSuiteYieldsNoCases()
    {
        var report = JUnitParsing.Parse("""<testsuites><testsuite name="empty" tests="3"/><testsuite name="also"></testsuite></testsuites>""");

        Assert.Empty(report.Cases);
        Assert.Empty(report.Warnings.Messages);
    }
}
