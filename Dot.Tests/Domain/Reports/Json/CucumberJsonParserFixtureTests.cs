using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports.Json;

public sealed class CucumberJsonParserFixtureTests
{
    private static readonly ParsedReport Jvm = CucumberFixtures.Parse("cucumber-jvm.json");
    private static readonly ParsedReport Js = CucumberFixtures.Parse("cucumber-js.json");

    [Theory]
    [InlineData("cucumber-jvm.json", 11, 4, 2, 3, 2)]
    [InlineData("cucumber-js.json", 5, 2, 1, 2, 0)]
    [InlineData("cucumber-ruby.json", 2, 1, 1, 0, 0)]
    public void EachScenarioIsOneExecution(string fixture, int tests, int passed, int failed, int errored, int skipped)
    {
        var report = CucumberFixtures.Parse(fixture);

        Assert.Equal(new ReportCounts(tests, passed, failed, errored, skipped), ReportCounts.Of(report.Cases));
        Assert.Empty(report.Warnings.Messages);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void AStreamThatCannotSeekGivesTheSameCases(string fixture)
    {
        var seekable = CucumberFixtures.Parse(fixture, seekable: true);
        var forwardOnly = CucumberFixtures.Parse(fixture, seekable: false);

        Assert.Equal(seekable.Cases, forwardOnly.Cases);
    }

    public static TheoryData<string> Fixtures => new(CucumberFixtures.Names);

    [Fact]
    public void ACaseTakesItsFeatureAsSuiteAndItsUriAsClassAndFile_EvenWhenTheyComeAfterTheElements()
    {
        var testCase = Jvm.Case("Withdraw cash within the balance");

        Assert.Equal("Cash withdrawal", testCase.Suite);
        Assert.Equal("classpath:features/cash_withdrawal.feature", testCase.ClassName);
        Assert.Equal("classpath:features/cash_withdrawal.feature", testCase.File);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 15, 2, 114, TimeSpan.Zero), testCase.Timestamp);
    }

    [Fact]
    public void ThePassedScenarioLastsAsLongAsItsBackgroundStepsAndHooks()
    {
        var testCase = Jvm.Case("Withdraw cash within the balance");

        Assert.Equal(TestStatus.Passed, testCase.Status);
        Assert.Equal(TimeSpan.FromMilliseconds(1.2 + 3.5 + 2 + 0.8 + 1.5 + 0.5), testCase.Duration);
        Assert.Null(testCase.FailureMessage);
    }

    [Fact]
    public void AFailedStepGivesTheFirstLineOfItsErrorAsMessageAndAllOfItAsDetail()
    {
        var testCase = Jvm.Case("Withdraw more than the balance");

        Assert.Equal(TestStatus.Failed, testCase.Status);
        Assert.Equal("org.opentest4j.AssertionFailedError: expected: <Insufficient funds> but was: <OK>", testCase.FailureMessage);
        Assert.StartsWith(testCase.FailureMessage + "\n\tat org.junit", testCase.FailureDetail, StringComparison.Ordinal);
        Assert.Contains("AtmSteps.java:57", testCase.FailureDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRowsOfAnOutlineAreDistinctTestsByTheirLine()
    {
        Assert.Equal(TestStatus.Passed, Jvm.Case("Withdraw various amounts (line 27)").Status);
        Assert.Equal(TestStatus.Passed, Jvm.Case("Withdraw various amounts (line 28)").Status);
        Assert.Equal(TestStatus.Passed, Js.Case("Add several items (line 16)").Status);
        Assert.Equal(TestStatus.Failed, Js.Case("Add several items (line 17)").Status);
        Assert.DoesNotContain(Js.Cases, c => c.Name == "Add several items");
    }

    [Fact]
    public void AnUndefinedStepIsErroredAndNamesTheStep()
    {
        var testCase = Jvm.Case("Print a monthly statement");

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal("undefined step: When the customer prints the statement for March", testCase.FailureMessage);
    }

    [Fact]
    public void AnAmbiguousStepIsErroredWithTheMatchesInTheDetail()
    {
        var testCase = Js.Case("Remove an item");

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal("Multiple step definitions match:", testCase.FailureMessage);
        Assert.Contains("cart_steps.js:34", testCase.FailureDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void APendingStepIsSkippedWithItsReason()
    {
        var testCase = Jvm.Case("Export a statement as PDF");

        Assert.Equal(TestStatus.Skipped, testCase.Status);
        Assert.Equal("io.cucumber.java.PendingException: TODO: implement me", testCase.FailureMessage);
    }

    [Fact]
    public void AScenarioWhoseStepsWereAllSkippedIsSkipped()
    {
        var testCase = Jvm.Case("Archive old statements");

        Assert.Equal(TestStatus.Skipped, testCase.Status);
        Assert.Null(testCase.FailureMessage);
    }

    [Theory]
    [InlineData("Email a statement", "java.lang.IllegalStateException: browser session already closed")]
    [InlineData("Statements of a closed account", "java.net.ConnectException: Connection refused: localhost/127.0.0.1:8081")]
    public void AFailedHookIsErroredWithItsMessage(string scenario, string message)
    {
        var testCase = Jvm.Case(scenario);

        Assert.Equal(TestStatus.Errored, testCase.Status);
        Assert.Equal(message, testCase.FailureMessage);
    }

    [Fact]
    public void CucumberJsHooksAreItsHiddenSteps()
    {
        var passed = Js.Case("Add an item");
        var hookFailed = Js.Case("Check out");

        Assert.Equal(TestStatus.Passed, passed.Status);
        Assert.Equal(TimeSpan.FromMilliseconds(1.52 + 0.31 + 2.48 + 0.17 + 0.09), passed.Duration);
        Assert.Equal(TestStatus.Errored, hookFailed.Status);
        Assert.StartsWith("Error: page.screenshot: Target page", hookFailed.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedBackgroundFailsTheScenarioAfterIt_AndOnlyThatOne()
    {
        var afterFailedBackground = Jvm.Case("Transfer between own accounts");
        var afterPassedBackground = Jvm.Case("Transfer to a foreign account");

        Assert.Equal(TestStatus.Failed, afterFailedBackground.Status);
        Assert.Equal("java.lang.IllegalStateException: account 4711 is locked", afterFailedBackground.FailureMessage);
        Assert.Equal(TimeSpan.FromMilliseconds(1), afterFailedBackground.Duration);
        Assert.Equal(TestStatus.Passed, afterPassedBackground.Status);
        Assert.Equal(TimeSpan.FromMilliseconds(6), afterPassedBackground.Duration);
    }

    [Fact]
    public void AFeatureWhoseNameComesFirstIsReadInOnePass()
    {
        var report = CucumberFixtures.Parse("cucumber-ruby.json");

        var failed = report.Case("Save a draft");
        Assert.Equal("Articles", failed.Suite);
        Assert.Equal("features/articles.feature", failed.ClassName);
        Assert.Equal("expected \"Draft saved\" but got \"Error 500\" (RSpec::Expectations::ExpectationNotMetError)", failed.FailureMessage);
        Assert.Equal(TimeSpan.FromMilliseconds(0.812 + 9.8 + 1.2), failed.Duration);
    }
}
