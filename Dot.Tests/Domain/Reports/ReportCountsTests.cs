using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports;

public sealed class ReportCountsTests
{
    [Fact]
    public void CountsEveryExecutionByStatus()
    {
        var report = JUnitParsing.Parse(
            """
            <testsuite>
              <testcase name="a"/>
              <testcase name="a"/>
              <testcase name="b"><flakyFailure/></testcase>
              <testcase name="c"><failure/></testcase>
              <testcase name="d"><error/></testcase>
              <testcase name="e"><skipped/></testcase>
            </testsuite>
            """);

        var counts = ReportCounts.Of(report.Cases);

        Assert.Equal(new ReportCounts(Tests: 6, Passed: 3, Failed: 1, Errored: 1, Skipped: 1), counts);
    }

    [Fact]
    public void ACounterAccumulatesWhileCasesStreamPast()
    {
        var counter = new ReportCounter();

        counter.Add(TestStatus.Skipped);
        counter.Add(TestStatus.Passed);
        counter.Add(TestStatus.Skipped);

        Assert.Equal(new ReportCounts(3, 1, 0, 0, 2), counter.Counts);
        Assert.Equal(ReportCounts.Empty, new ReportCounter().Counts);
    }
}
