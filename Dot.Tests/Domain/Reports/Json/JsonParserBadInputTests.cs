using System.Text;
using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>What both JSON parsers refuse, and where they say the problem is.</summary>
public sealed class JsonParserBadInputTests
{
    public static TheoryData<string> Parsers => new("Cucumber JSON", "Mocha JSON");

    [Theory]
    [MemberData(nameof(Parsers))]
    public void AnEmptyStreamIsNotAReport(string format)
    {
        var exception = ParsingFor(format).Reject([]);

        Assert.Equal($"not a {format} report: it is empty (byte 0)", exception.Reason);
        Assert.Equal(1, exception.Line);
        Assert.Equal(1, exception.Column);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void WhitespaceOnlyIsNotAReport(string format)
    {
        var exception = ParsingFor(format).Reject(" \n\t\r\n ");

        Assert.StartsWith($"not a {format} report: it is empty", exception.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void AJUnitReportIsNotJson(string format)
    {
        var exception = ParsingFor(format).Reject("<?xml version=\"1.0\"?>\n<testsuites/>");

        Assert.Equal($"not a {format} report: it is not JSON ('<' is an invalid start of a value.) (byte 0)", exception.Reason);
        Assert.Equal("line 1, column 1: " + exception.Reason, exception.Message);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void RandomBytesAreRejected(string format)
    {
        foreach (var seed in new[] { 1, 2, 3, 42, 2024 })
        {
            var bytes = new byte[4096];
            new Random(seed).NextBytes(bytes);

            var exception = ParsingFor(format).Reject(bytes);

            Assert.NotNull(exception.Line);
            Assert.Contains("(byte ", exception.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Cucumber JSON", "[{\"name\": \"F\",\n  \"elements\": [{\"name\": \"s\", \"steps\": [", 2, 40)]
    [InlineData("Mocha JSON", "{\"stats\": {},\n \"tests\": [{\"title\": \"t\", \"fullTitle\": \"t\"}, {\"title\": \"u", 2, 58)]
    public void TruncatedJsonIsRejectedWhereItEnds(string format, string json, int line, int column)
    {
        var exception = ParsingFor(format).Reject(json);

        Assert.StartsWith("malformed JSON: ", exception.Reason, StringComparison.Ordinal);
        Assert.Equal(line, exception.Line);
        Assert.Equal(column, exception.Column);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void ASecondValueAfterTheReportIsRejected(string format)
    {
        var report = format == "Mocha JSON" ? """{"stats": {}, "tests": []}""" : "[]";

        var exception = ParsingFor(format).Reject(report + "\n" + report);

        Assert.StartsWith("malformed JSON: ", exception.Reason, StringComparison.Ordinal);
        Assert.Equal(2, exception.Line);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void NestingBeyond64LevelsIsRejected(string format)
    {
        var deep = new string('[', 65) + new string(']', 65);
        var report = format == "Mocha JSON" ? $$"""{"tests": [], "x": {{deep}}}""" : $$"""[{"elements": [], "x": {{deep}}}]""";

        var exception = ParsingFor(format).Reject(report);

        Assert.Contains("depth", exception.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void ASingleValueLongerThan16MiBIsRejected(string format)
    {
        var huge = new string('x', (16 * 1024 * 1024) + 1);
        var report = format == "Mocha JSON" ? $$"""{"tests": [], "x": "{{huge}}"}""" : $$"""[{"elements": [], "x": "{{huge}}"}]""";

        var exception = ParsingFor(format).Reject(report);

        Assert.StartsWith("a value is larger than 16 MiB; refused", exception.Reason, StringComparison.Ordinal);
        Assert.Equal(1, exception.Line);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void InvalidUtf8InAStringThatIsReadIsRejected(string format)
    {
        var head = format == "Mocha JSON" ? """{"tests": [{"title": "a""" : """[{"elements": [{"name": "a""";
        var tail = format == "Mocha JSON" ? "\"}]}" : "\"}]}]";
        var bytes = Encoding.UTF8.GetBytes(head).Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(tail)).ToArray();

        var exception = ParsingFor(format).Reject(bytes);

        Assert.StartsWith("a string is not valid UTF-8", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void APositionFarIntoALargeReportCountsEveryLineAndByteBeforeIt()
    {
        var scenario = """{"name": "s", "steps": [{"result": {"status": "passed"}}]}""";
        var lines = Enumerable.Repeat(scenario, 5000);
        var json = "[{\"name\": \"F\", \"elements\": [\n" + string.Join(",\n", lines) + ",\n  {\"name\": oops}]}]";

        var exception = new ReportParsing(new CucumberJsonParser()).Reject(json);

        Assert.Equal(5002, exception.Line);
        Assert.Equal(12, exception.Column);
        Assert.EndsWith($"(byte {Encoding.UTF8.GetByteCount(json[..json.IndexOf("oops", StringComparison.Ordinal)])})", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCasesBeforeAnErrorComeOutFirst()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""[{"name": "F", "uri": "f", "elements": [{"name": "a"}, {"name": "b"}, {"name": """));
        var seen = new List<string>();

        var exception = Assert.Throws<ReportParseException>(() =>
        {
            foreach (var testCase in new CucumberJsonParser().Parse(stream, ReportLimits.Default, new ParseWarnings()))
            {
                seen.Add(testCase.Name);
            }
        });

        Assert.Equal(["a", "b"], seen);
        Assert.IsType<System.Text.Json.JsonException>(exception.InnerException, exactMatch: false);
    }

    private static ReportParsing ParsingFor(string format) =>
        new(format == "Mocha JSON" ? new MochaJsonParser() : new CucumberJsonParser());
}
