using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.NUnit;

public sealed class NUnitXmlParserStructureTests
{
    [Fact]
    public void ReadsTheAttributesOfAnNUnit3TestCase()
    {
        var testCase = NUnitParsing.ParseSingle(
            """
            <test-case id="1001" name="Adds(1,2)" fullname="Calc.Tests.Adds(1,2)" methodname="Adds" classname="Calc.Tests"
                       result="Passed" duration="0.012345" start-time="2024-03-01 10:00:00Z" end-time="2024-03-01 10:00:01Z">
              <output><![CDATA[hello]]></output>
            </test-case>
            """);

        Assert.Equal("Fixture", testCase.Suite);
        Assert.Equal("Calc.Tests", testCase.ClassName);
        Assert.Equal("Adds(1,2)", testCase.Name);
        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.Equal(TimeSpan.FromTicks(123_450), testCase.Duration);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), testCase.Timestamp);
        Assert.Equal("hello", testCase.SystemOut);
        Assert.Null(testCase.SystemErr);
        Assert.Null(testCase.File);
        Assert.False(testCase.Flaky);
    }

    [Fact]
    public void ReadsAnNUnit2TestCaseWithItsClassSplitFromTheFullName()
    {
        var testCase = NUnitParsing.ParseSingleNUnit2(
            """<test-case name="NUnit.Tests.MockFixture.MockTest1" executed="True" result="Success" success="True" time="0.250" asserts="1"/>""");

        Assert.Equal("Fixture", testCase.Suite);
        Assert.Equal("NUnit.Tests.MockFixture", testCase.ClassName);
        Assert.Equal("MockTest1", testCase.Name);
        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.Equal(TimeSpan.FromMilliseconds(250), testCase.Duration);
    }

    [Fact]
    public void ANameWithoutAClassPartHasNoClass()
    {
        var testCase = NUnitParsing.ParseSingleNUnit2("""<test-case name="testChangePassword" executed="true" success="true"/>""");

        Assert.Null(testCase.ClassName);
        Assert.Equal("testChangePassword", testCase.Name);
    }

    [Fact]
    public void CasesTakeTheirInnermostSuiteButNotAMethodLevelOne()
    {
        var report = NUnitParsing.Parse(
            """
            <test-run>
              <test-suite type="Assembly" name="Calc.Tests.dll">
                <test-suite type="TestSuite" name="Calc">
                  <test-suite type="TestFixture" name="AddTests">
                    <test-suite type="ParameterizedMethod" name="Adds">
                      <test-case name="Adds(1,2)" classname="Calc.AddTests" result="Passed"/>
                    </test-suite>
                    <test-case name="Plain" classname="Calc.AddTests" result="Passed"/>
                  </test-suite>
                  <test-case name="InNamespace" classname="Calc.Loose" result="Passed"/>
                </test-suite>
              </test-suite>
            </test-run>
            """);

        Assert.Equal(["AddTests", "AddTests", "Calc"], report.Cases.Select(c => c.Suite));
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void NUnit2SuitesNestThroughResults()
    {
        var report = NUnitParsing.Parse(
            """
            <test-results name="Tests.dll" total="2">
              <test-suite type="Assembly" name="Tests.dll"><results>
                <test-suite type="Namespace" name="Calc"><results>
                  <test-suite type="TestFixture" name="AddTests"><results>
                    <test-suite type="ParameterizedTest" name="Adds"><results>
                      <test-case name="Calc.AddTests.Adds(1,2)" executed="True" result="Success"/>
                    </results></test-suite>
                  </results></test-suite>
                  <test-case name="Calc.Loose" executed="True" result="Success"/>
                </results></test-suite>
              </results></test-suite>
            </test-results>
            """);

        Assert.Equal(
            [("AddTests", "Calc.AddTests", "Adds(1,2)"), ("Calc", "Calc", "Loose")],
            report.Cases.Select(c => (c.Suite, c.ClassName, c.Name)));
    }

    [Fact]
    public void ALoneTestSuiteIsAReport()
    {
        var report = NUnitParsing.Parse(
            """
            <test-suite type="Assembly" name="Calc.Tests.dll" start-time="2022-07-13T23:20:35.0612744Z">
              <test-suite type="TestFixture" name="AddTests">
                <test-case name="Adds" classname="Calc.AddTests" result="Passed"/>
              </test-suite>
            </test-suite>
            """);

        var testCase = Assert.Single(report.Cases);
        Assert.Equal("AddTests", testCase.Suite);
        Assert.Equal(new DateTimeOffset(2022, 7, 13, 23, 20, 35, TimeSpan.Zero).AddTicks(612_744), testCase.Timestamp);
    }

    [Fact]
    public void ACaseWithoutAStartTimeTakesTheNearestSuitesOrTheRuns()
    {
        var report = NUnitParsing.Parse(
            """
            <test-run start-time="2024-01-01 08:00:00Z">
              <test-suite type="TestFixture" name="Timed" start-time="2024-01-01 09:00:00Z">
                <test-suite type="ParameterizedMethod" name="M">
                  <test-case name="M(1)" classname="C" result="Passed"/>
                </test-suite>
                <test-case name="Own" classname="C" result="Passed" start-time="2024-01-01 09:30:00Z"/>
              </test-suite>
              <test-suite type="TestFixture" name="Untimed">
                <test-case name="N" classname="D" result="Passed"/>
              </test-suite>
            </test-run>
            """);

        Assert.Equal([9, 9, 8], report.Cases.Select(c => c.Timestamp!.Value.Hour));
        Assert.Equal(30, report.Cases[1].Timestamp!.Value.Minute);
    }

    [Fact]
    public void AnNUnit2CaseTakesTheDateAndTimeOfTheRun()
    {
        var report = NUnitParsing.Parse(
            """
            <test-results name="Tests.dll" date="2010-10-18" time="13:23:35">
              <test-suite name="Fixture"><results><test-case name="A.B" executed="True" result="Success"/></results></test-suite>
            </test-results>
            """);

        Assert.Equal(new DateTimeOffset(2010, 10, 18, 13, 23, 35, TimeSpan.Zero), Assert.Single(report.Cases).Timestamp);
    }

    [Fact]
    public void ATestCaseWithoutANameIsNumberedAndWarnedAbout()
    {
        var report = NUnitParsing.Parse(
            """
            <test-run>
              <test-case classname="C" result="Passed"/>
              <test-case name=" " result="Failed"/>
            </test-run>
            """);

        Assert.Equal(["(unnamed test-case 1)", "(unnamed test-case 2)"], report.Cases.Select(c => c.Name));
        Assert.Equal(
            ["line 2: test-case without a name recorded as '(unnamed test-case 1)'", "line 3: test-case without a name recorded as '(unnamed test-case 2)'"],
            report.Warnings.Messages);
    }

    [Fact]
    public void MetadataAndASuitesOwnResultAreSkippedWithoutWarnings()
    {
        var report = NUnitParsing.Parse(
            """
            <test-run id="2" testcasecount="1">
              <command-line><![CDATA[nunit3-console Calc.Tests.dll]]></command-line>
              <filter><test>Calc</test></filter>
              <test-suite type="Assembly" name="Calc.Tests.dll">
                <environment framework-version="3.13" os-version="Linux"/>
                <settings><setting name="NumberOfTestWorkers" value="2"/></settings>
                <properties><property name="_PID" value="1"/></properties>
                <failure><message><![CDATA[One or more child tests had errors]]></message></failure>
                <reason><message>suite reason</message></reason>
                <output>suite output</output>
                <test-case name="T" classname="C" result="Passed">
                  <properties><property name="Category" value="Fast"/></properties>
                  <assertions><assertion result="Passed"/></assertions>
                  <attachments><attachment><filePath>/tmp/a.png</filePath></attachment></attachments>
                </test-case>
              </test-suite>
            </test-run>
            """);

        var testCase = Assert.Single(report.Cases);
        Assert.Null(testCase.SystemOut);
        Assert.Null(testCase.FailureMessage);
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void NUnit2MetadataIsSkippedWithoutWarnings()
    {
        var report = NUnitParsing.Parse(
            """
            <test-results name="Tests.dll">
              <environment nunit-version="2.5.8.0"/>
              <culture-info current-culture="en-US"/>
              <test-suite type="TestFixture" name="F">
                <categories><category name="Slow"/></categories>
                <results><test-case name="F.T" executed="True" result="Success"><categories><category name="X"/></categories></test-case></results>
              </test-suite>
            </test-results>
            """);

        Assert.Single(report.Cases);
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void UnknownElementsAreSkippedWithAWarningNamingTheLine()
    {
        var report = NUnitParsing.Parse(
            """
            <test-run>
              <foo><test-case name="hidden" result="Passed"/></foo>
              <test-case name="t" classname="C" result="Passed"><bar/></test-case>
            </test-run>
            """);

        Assert.Equal("t", Assert.Single(report.Cases).Name);
        Assert.Equal(
            ["line 2: unknown element <foo> ignored", "line 3: unknown element <bar> in test 't' ignored"],
            report.Warnings.Messages);
    }

    [Fact]
    public void EmptyRunsAndSuitesYieldNoCases()
    {
        Assert.Empty(NUnitParsing.Parse("<test-run/>").Cases);
        Assert.Empty(NUnitParsing.Parse("""<test-run><test-suite name="empty"/><test-suite name="also"></test-suite></test-run>""").Cases);
        Assert.Empty(NUnitParsing.Parse("<test-results><test-suite name=\"s\"><results/></test-suite></test-results>").Cases);
    }
}
