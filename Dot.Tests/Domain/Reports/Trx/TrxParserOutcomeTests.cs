using Dot.Domain.Reports;
using Dot.Domain.Results;
using static Dot.Tests.Domain.Reports.Trx.TrxParsing;

namespace Dot.Tests.Domain.Reports.Trx;

/// <summary>The outcome table (<c>TrxOutcomes</c>), and retries: every run is an execution, a pass after a failure is flaky.</summary>
public sealed class TrxParserOutcomeTests
{
    [Theory]
    [InlineData("Passed", TestStatus.Passed)]
    [InlineData("Warning", TestStatus.Passed)]
    [InlineData("PassedButRunAborted", TestStatus.Passed)]
    [InlineData("Completed", TestStatus.Passed)]
    [InlineData("Failed", TestStatus.Failed)]
    [InlineData("Timeout", TestStatus.Failed)]
    [InlineData("Error", TestStatus.Errored)]
    [InlineData("Aborted", TestStatus.Errored)]
    [InlineData("Disconnected", TestStatus.Errored)]
    [InlineData("NotRunnable", TestStatus.Errored)]
    [InlineData("InProgress", TestStatus.Errored)]
    [InlineData("NotExecuted", TestStatus.Skipped)]
    [InlineData("Inconclusive", TestStatus.Skipped)]
    [InlineData("Pending", TestStatus.Skipped)]
    [InlineData("notexecuted", TestStatus.Skipped)]
    [InlineData(" FAILED ", TestStatus.Failed)]
    public void EveryOutcomeMapsToAStatus(string outcome, TestStatus expected)
    {
        var report = Parse(Run(Result($"""testId="t1" testName="T" outcome="{outcome}" """), Definition("t1", "C")));

        Assert.Equal(expected, Assert.Single(report.Cases).Status);
        Assert.Empty(report.Warnings.Messages);
    }

    [Fact]
    public void AnUnknownOutcomeIsErroredWithAWarning()
    {
        var report = Parse(Run(Result("""testId="t1" testName="T" outcome="Sideways" """), Definition("t1", "C")));

        Assert.Equal(TestStatus.Errored, Assert.Single(report.Cases).Status);
        Assert.Equal(["result 'Sideways' of test 'T' is not an MSTest result; recorded as errored"], report.Warnings.Messages);
    }

    [Fact]
    public void AMissingOutcomeIsErroredWithAWarning()
    {
        var report = Parse(Run("""<UnitTestResult testId="t1" testName="T" />""", Definition("t1", "C")));

        Assert.Equal(TestStatus.Errored, Assert.Single(report.Cases).Status);
        Assert.Equal(["line 4: test 'T' has no outcome; recorded as errored"], report.Warnings.Messages);
    }

    [Fact]
    public void ATestThatFailedThenPassedGivesBothRunsAndThePassIsFlaky()
    {
        var report = Parse(Run(
            Result("""executionId="e1" testId="t1" testName="T" outcome="Failed" """, Error("first boom"))
            + Result("""executionId="e2" testId="t1" testName="T" outcome="Failed" """, Error("second boom"))
            + Result("""executionId="e3" testId="t1" testName="T" outcome="Passed" """),
            Definition("t1", "C")));

        Assert.Equal(
            [(TestStatus.Failed, false, "first boom"), (TestStatus.Failed, false, "second boom"), (TestStatus.Passed, true, "first boom")],
            report.Cases.Select(c => (c.Status, c.Flaky, c.FailureMessage)));
    }

    [Fact]
    public void ATestThatPassedThenFailedIsNotFlaky()
    {
        var report = Parse(Run(
            Result("""testId="t1" testName="T" outcome="Passed" """) + Result("""testId="t1" testName="T" outcome="Failed" """),
            Definition("t1", "C")));

        Assert.Equal([(TestStatus.Passed, false), (TestStatus.Failed, false)], report.Cases.Select(c => (c.Status, c.Flaky)));
    }

    [Fact]
    public void ParameterisedCasesOfOneDefinitionAreDifferentTests()
    {
        var report = Parse(Run(
            Result("""testId="t1" testName="IsEven(i: 3)" outcome="Failed" """) + Result("""testId="t1" testName="IsEven(i: 2)" """),
            Definition("t1", "C")));

        Assert.All(report.Cases, c => Assert.False(c.Flaky));
    }

    [Fact]
    public void AnErrorThenAPassIsFlakyAndASkipBetweenChangesNothing()
    {
        var report = Parse(Run(
            Result("""testId="t1" testName="T" outcome="Error" """)
            + Result("""testId="t1" testName="T" outcome="NotExecuted" """)
            + Result("""testId="t1" testName="T" outcome="Passed" """),
            Definition("t1", "C")));

        Assert.Equal([false, false, true], report.Cases.Select(c => c.Flaky));
    }

    [Fact]
    public void FirstFailureMessagesAreKeptForFlakyPassesWithinABudget()
    {
        const int messageBudget = 1 << 20; // TrxRetries.MessageBudget
        var longMessage = new string('m', messageBudget - 10);
        var report = Parse(Run(
            Result("""testId="t1" testName="A" outcome="Failed" """, Error(longMessage))
            + Result("""testId="t1" testName="B" outcome="Failed" """, Error("more than the 10 characters left"))
            + Result("""testId="t1" testName="C" outcome="Failed" """, Error("short"))
            + Result("""testId="t1" testName="A" """) + Result("""testId="t1" testName="B" """) + Result("""testId="t1" testName="C" """),
            Definition("t1", "C")),
            new ReportLimits { MaxMessageLength = messageBudget });

        Assert.Equal([(true, longMessage), (true, null), (true, "short")], report.Cases.Skip(3).Select(c => (c.Flaky, c.FailureMessage)));
    }

    private static string Error(string message) => $"<Output><ErrorInfo><Message>{message}</Message></ErrorInfo></Output>";
}
