using Dot.Domain.Reports.Json;

namespace Dot.Tests.Domain.Reports.Json;

public sealed class CucumberJsonParserBadInputTests
{
    private static readonly ReportParsing Parsing = new(new CucumberJsonParser());

    [Fact]
    public void AMochaReportIsNotACucumberReport()
    {
        var exception = Parsing.Reject("""{"stats": {"suites": 1}, "tests": []}""");

        Assert.Equal("line 1, column 1: not a Cucumber JSON report: the root is an object, not an array of features (byte 0)", exception.Message);
    }

    [Theory]
    [InlineData("\"features\"", "the root is a string")]
    [InlineData("[1]", "feature 1 is a number, not an object")]
    [InlineData("""[{"name": "F", "elements": []}, ["x"]]""", "feature 2 is an array, not an object")]
    [InlineData("""[{"name": "F", "uri": "f"}]""", "feature 1 has no elements")]
    [InlineData("""[{"name": "F", "elements": {"a": 1}}]""", "the elements of feature 1 are an object, not an array")]
    [InlineData("""[{"issues": []}]""", "feature 1 has no elements")]
    public void AShapeThatIsNotCucumbersIsRejected(string json, string reason)
    {
        var exception = Parsing.Reject(json);

        Assert.StartsWith($"not a Cucumber JSON report: {reason}", exception.Reason, StringComparison.Ordinal);
        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void AnElementThatIsNotAnObjectIsSkippedWithAWarning()
    {
        var report = Parsing.Parse("""[{"name": "F", "elements": [42, {"name": "s"}]}]""");

        Assert.Equal("s", Assert.Single(report.Cases).Name);
        Assert.Equal("line 1: an element of feature 'F' is a number, not an object; ignored", Assert.Single(report.Warnings.Messages));
    }
}
