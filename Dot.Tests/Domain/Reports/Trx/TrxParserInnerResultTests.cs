using Dot.Domain.Results;
using static Dot.Tests.Domain.Reports.Trx.TrxParsing;

namespace Dot.Tests.Domain.Reports.Trx;

/// <summary>Data-driven and ordered tests: each inner result is an execution, the result holding them only sums them up.</summary>
public sealed class TrxParserInnerResultTests
{
    private static readonly string DataDriven = $"""
        <UnitTestResult executionId="p" testId="t1" testName="Adds" outcome="Failed" duration="00:00:00.0300000" resultType="DataDrivenTest">
          <Output><ErrorInfo><Message>1 of 3 rows failed</Message></ErrorInfo></Output>
          <InnerResults>
            <UnitTestResult executionId="r1" parentExecutionId="p" testId="t1" testName="Adds (1,1,2)" outcome="Passed" duration="00:00:00.0100000" dataRowInfo="1" resultType="DataDrivenDataRow" />
            <UnitTestResult executionId="r2" parentExecutionId="p" testId="t1" testName="Adds (1,2,4)" outcome="Failed" duration="00:00:00.0100000" dataRowInfo="2" resultType="DataDrivenDataRow">
              <Output><ErrorInfo><Message>Assert.AreEqual failed. Expected:&lt;4&gt;. Actual:&lt;3&gt;.</Message><StackTrace>at Calc.Adds()</StackTrace></ErrorInfo></Output>
            </UnitTestResult>
            <UnitTestResult executionId="r3" parentExecutionId="p" outcome="Passed" dataRowInfo="3" resultType="DataDrivenDataRow" />
          </InnerResults>
        </UnitTestResult>
        """;

    [Fact]
    public void EachInnerResultIsAnExecutionAndTheirParentIsNot()
    {
        var report = Parse(Run(DataDriven + Result("""testId="t2" testName="Other" """), Definition("t1", "Calc.Tests") + Definition("t2", "Calc.Tests")));

        Assert.Equal(
            [("Adds (1,1,2)", TestStatus.Passed), ("Adds (1,2,4)", TestStatus.Failed), ("Adds", TestStatus.Passed), ("Other", TestStatus.Passed)],
            report.Cases.Select(c => (c.Name, c.Status)));
        Assert.Equal("Assert.AreEqual failed. Expected:<4>. Actual:<3>.", report.Cases[1].FailureMessage);
        Assert.Equal("at Calc.Adds()", report.Cases[1].FailureDetail);
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void AnInnerResultTakesTheTestIdNameClassAndSuiteOfItsParentWhereItHasNone()
    {
        var report = Parse(Run(DataDriven, Definition("t1", "Calc.Tests", storage: "/build/calc.dll")));

        Assert.All(report.Cases, c => Assert.Equal(("Calc.Tests", "calc.dll"), (c.ClassName, c.Suite)));
        Assert.Equal("Adds", report.Cases[2].Name);
    }

    [Fact]
    public void RowsOfOneDataDrivenTestAreNotRetriesOfEachOther()
    {
        var rows = """
            <UnitTestResult testId="t1" testName="Rows" outcome="Failed">
              <InnerResults>
                <UnitTestResult outcome="Failed" dataRowInfo="1" />
                <UnitTestResult outcome="Passed" dataRowInfo="2" />
              </InnerResults>
            </UnitTestResult>
            """;

        var report = Parse(Run(rows, Definition("t1", "C")));

        Assert.Equal([(TestStatus.Failed, false), (TestStatus.Passed, false)], report.Cases.Select(c => (c.Status, c.Flaky)));
    }

    [Fact]
    public void AnOrderedTestNestsResultsOfOtherTypesAndDepths()
    {
        var ordered = """
            <TestResultAggregation testId="o1" testName="Ordered" outcome="Failed">
              <Output><StdOut>ordered output</StdOut></Output>
              <InnerResults>
                <UnitTestResult testId="t1" testName="Step1" outcome="Passed" />
                <UnitTestResult testId="t2" testName="Step2" outcome="Failed">
                  <InnerResults>
                    <UnitTestResult testName="Step2 (row 1)" outcome="Failed" />
                  </InnerResults>
                </UnitTestResult>
                <GenericTestResult testId="g1" testName="Step3" outcome="NotExecuted"></GenericTestResult>
              </InnerResults>
            </TestResultAggregation>
            """;
        var definitions = Definition("o1", "Ordered") + Definition("t1", "C1") + Definition("t2", "C2") + Definition("g1", "G");

        var report = Parse(Run(ordered, definitions));

        Assert.Equal(
            [("C1", "Step1", TestStatus.Passed), ("C2", "Step2 (row 1)", TestStatus.Failed), ("G", "Step3", TestStatus.Skipped)],
            report.Cases.Select(c => (c.ClassName, c.Name, c.Status)));
    }

    [Fact]
    public void AnEmptyInnerResultsLeavesTheResultAnExecution()
    {
        var testCase = ParseSingle("""<UnitTestResult testId="t1" testName="T" outcome="Passed"><InnerResults /></UnitTestResult>""");

        Assert.Equal(("T", TestStatus.Passed), (testCase.Name, testCase.Status));
    }
}
