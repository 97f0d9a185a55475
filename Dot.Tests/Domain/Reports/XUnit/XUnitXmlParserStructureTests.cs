using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.XUnit;

public sealed class XUnitXmlParserStructureTests
{
    [Fact]
    public void ReadsAV2Test()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies timestamp="06/15/2018 18:09:29">
              <assembly name="C:\ci\Calc.Tests.dll" run-date="2018-06-15" run-time="18:07:56" total="1" passed="1">
                <errors />
                <collection total="1" passed="1" name="Test collection for Calc.Tests.AddTests" time="0.5">
                  <test name="Calc.Tests.AddTests.Adds" type="Calc.Tests.AddTests" method="Adds" time="0.0123" result="Pass">
                    <output><![CDATA[hello]]></output>
                    <traits><trait name="Category" value="Fast"/></traits>
                  </test>
                </collection>
              </assembly>
            </assemblies>
            """);

        var testCase = Assert.Single(report.Cases);
        Assert.Equal("Test collection for Calc.Tests.AddTests", testCase.Suite);
        Assert.Equal("Calc.Tests.AddTests", testCase.ClassName);
        Assert.Equal("Adds", testCase.Name);
        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.Equal(TimeSpan.FromTicks(123_000), testCase.Duration);
        Assert.Equal(new DateTimeOffset(2018, 6, 15, 18, 7, 56, TimeSpan.Zero), testCase.Timestamp);
        Assert.Equal("hello", testCase.SystemOut);
        Assert.Null(testCase.FailureMessage);
        Assert.Null(testCase.SystemErr);
        Assert.Null(testCase.File);
        Assert.False(testCase.Flaky);
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void ReadsAV1AssemblyWithClasses()
    {
        var report = XUnitParsing.Parse(
            """
            <assembly name="Calc.Tests.dll" run-date="2012-01-14" run-time="10:21:10" total="2">
              <class name="Calc.Tests.AddTests" total="1">
                <test name="Calc.Tests.AddTests.Adds" type="Calc.Tests.AddTests" method="Adds" result="Pass" time="0.153"/>
              </class>
              <class name="Calc.Tests.SubTests" total="1">
                <test name="Calc.Tests.SubTests.Subtracts" type="Calc.Tests.SubTests" method="Subtracts" result="Skip">
                  <reason><message>later</message></reason>
                </test>
              </class>
            </assembly>
            """);

        Assert.Equal(
            [("Calc.Tests.AddTests", "Adds", TestStatus.Passed, null), ("Calc.Tests.SubTests", "Subtracts", TestStatus.Skipped, "later")],
            report.Cases.Select(c => (c.Suite, c.Name, c.Status, c.FailureMessage)));
        Assert.All(report.Cases, c => Assert.Equal(new DateTimeOffset(2012, 1, 14, 10, 21, 10, TimeSpan.Zero), c.Timestamp));
    }

    [Fact]
    public void EachTheoryRowIsATestNamedByItsArguments()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies><assembly name="A.dll"><collection name="C">
              <test name="Ns.T.Adds(x: 1, y: &quot;a.b&quot;)" type="Ns.T" method="Adds" result="Pass"/>
              <test name="Ns.T.Adds(x: 2, y: &quot;c&quot;)" type="Ns.T" method="Adds" result="Fail"/>
            </collection></assembly></assemblies>
            """);

        Assert.Equal(["Adds(x: 1, y: \"a.b\")", "Adds(x: 2, y: \"c\")"], report.Cases.Select(c => c.Name));
    }

    [Theory]
    [InlineData("""name="Install application." type="UnitTest" method="Install" """, "UnitTest", "Install application.")]
    [InlineData("""name="Ns.TypeX.M" type="Ns.Type" method="M" """, "Ns.Type", "Ns.TypeX.M")]
    [InlineData("""name="Ns.T." type="Ns.T" method="M" """, "Ns.T", "Ns.T.")]
    [InlineData("""name="" type="Ns.T" method="M" """, "Ns.T", "M")]
    [InlineData("""type="" method="" name="collection1\test.xml" """, null, "collection1\\test.xml")]
    public void TheNameDropsOnlyItsOwnTypePrefixAndFallsBackOnTheMethod(string attributes, string? className, string name)
    {
        var testCase = XUnitParsing.ParseSingle($"""<test {attributes} result="Pass"/>""");

        Assert.Equal((className, name), (testCase.ClassName, testCase.Name));
    }

    [Fact]
    public void ATestWithoutANameOrMethodIsNumberedAndWarnedAbout()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies><assembly name="A.dll"><collection name="C">
              <test type="T" result="Pass"/>
              <test name=" " method="" result="Fail"/>
            </collection></assembly></assemblies>
            """);

        Assert.Equal(["(unnamed test 1)", "(unnamed test 2)"], report.Cases.Select(c => c.Name));
        Assert.Equal(
            ["line 2: test without a name recorded as '(unnamed test 1)'", "line 3: test without a name recorded as '(unnamed test 2)'"],
            report.Warnings.Messages);
    }

    [Fact]
    public void WithoutARunDateTheAssembliesTimestampIsUsed()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies timestamp="06/07/2018 20:33:39">
              <assembly name="A.dll"><collection name="C"><test name="t" type="T" method="t" result="Pass"/></collection></assembly>
            </assemblies>
            """);

        Assert.Equal(new DateTimeOffset(2018, 6, 7, 20, 33, 39, TimeSpan.Zero), Assert.Single(report.Cases).Timestamp);
    }

    [Fact]
    public void AnUnreadableRunDateIsWarnedAboutNotFatal()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies>
              <assembly name="Test.exe" run-date="2018-38-06" run-time="02:38:04"><collection name="C"><test name="t" result="Pass"/></collection></assembly>
            </assemblies>
            """);

        Assert.Null(Assert.Single(report.Cases).Timestamp);
        Assert.Equal(["timestamp '2018-38-06T02:38:04' of suite 'Test.exe' is not a date; ignored"], report.Warnings.Messages);
    }

    [Fact]
    public void ErrorsOutsideAnyTestAreWarningsNotTests()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies>
              <assembly name="A.dll" errors="1">
                <errors>
                  <error type="test-class-cleanup" name="Ns.DbTests">
                    <failure exception-type="System.InvalidOperationException"><message>dispose failed</message></failure>
                  </error>
                </errors>
                <collection name="C"><test name="t" type="T" method="t" result="Pass"/></collection>
              </assembly>
            </assemblies>
            """);

        Assert.Single(report.Cases);
        Assert.Equal(["line 4: test-class-cleanup error of 'Ns.DbTests' is outside any test; not recorded"], report.Warnings.Messages);
    }

    [Fact]
    public void UnknownElementsAreSkippedWithAWarningNamingTheLine()
    {
        var report = XUnitParsing.Parse(
            """
            <assemblies>
              <assembly name="A.dll"><foo><test name="hidden" result="Pass"/></foo>
                <collection name="C"><test name="t" type="T" method="t" result="Pass"><bar/></test></collection>
              </assembly>
            </assemblies>
            """);

        Assert.Equal("t", Assert.Single(report.Cases).Name);
        Assert.Equal(
            ["line 2: unknown element <foo> ignored", "line 3: unknown element <bar> in test 't' ignored"],
            report.Warnings.Messages);
    }

    [Fact]
    public void EmptyAssembliesYieldNoCases()
    {
        Assert.Empty(XUnitParsing.Parse("<assemblies/>").Cases);
        Assert.Empty(XUnitParsing.Parse("""<assemblies><assembly name="A.dll"><errors/></assembly></assemblies>""").Cases);
        Assert.Empty(XUnitParsing.Parse("""<assembly name="A.dll"><class name="C"/></assembly>""").Cases);
    }
}
