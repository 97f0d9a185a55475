using System.Text;
using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.WorkItems;

namespace Dot.Tests.Domain.Reports.Jira;

public sealed class JiraIssueParserBadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public void AnEmptyReportIsRejected(string content)
    {
        var exception = JiraParsing.Reject(content);

        Assert.Equal($"not a Jira search response: it is empty (byte {content.Length})", exception.Reason);
    }

    [Theory]
    [InlineData("""[{"key": "A-1"}]""", "the top level is an array, not an object with 'issues' (byte 0)")]
    [InlineData("\"issues\"", "the top level is a string, not an object with 'issues' (byte 0)")]
    [InlineData(" 42", "the top level is a number, not an object with 'issues' (byte 1)")]
    [InlineData("null", "the top level is null, not an object with 'issues' (byte 0)")]
    [InlineData("""{"startAt": 0, "total": 0, "values": []}""", "no 'issues' (byte 39)")]
    [InlineData("""{"data": {"issues": []}}""", "no 'issues' (byte 23)")]
    [InlineData("""{"issues": null}""", "'issues' is null, not an array (byte 11)")]
    [InlineData("""{"issues": {"A-1": {}}}""", "'issues' is an object, not an array (byte 11)")]
    public void AnotherShapeIsNotASearchResponse(string json, string expected)
    {
        var exception = JiraParsing.Reject(json);

        Assert.Equal("not a Jira search response: " + expected, exception.Reason);
        Assert.Equal(1, exception.Line);
    }

    [Fact]
    public void AnIssueThatIsNotAnObjectIsRejected()
    {
        var exception = JiraParsing.Reject("""{"issues": [{"key": "A-1"}, "A-2"]}""");

        Assert.Equal("issue 2 is a string, not an object (byte 28)", exception.Reason);
        Assert.Equal((1, 29), (exception.Line, exception.Column));
    }

    [Fact]
    public void AnIssueWithoutAKeyIsRejectedWhereItStarts()
    {
        var json = "{\n  \"issues\": [\n    {\"key\": \"A-1\"},\n    {\"id\": \"10002\", \"fields\": {\"summary\": \"keyless\"}}\n  ]\n}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var seen = new List<string>();

        var exception = Assert.Throws<ReportParseException>(() =>
        {
            foreach (var item in new JiraIssueParser().Parse(stream, WorkItemMapping.Default, ReportLimits.Default, new ParseWarnings()))
            {
                seen.Add(item.Key);
            }
        });

        Assert.Equal(["A-1"], seen);
        Assert.Equal("line 4, column 5: issue 2 has no 'key' (byte 40)", exception.Message);
    }

    [Theory]
    [InlineData("""{"issues": [{"key": ""}]}""")]
    [InlineData("""{"issues": [{"key": null}]}""")]
    [InlineData("""{"issues": [{"key": 17}]}""")]
    public void ABlankOrNonTextKeyIsNoKey(string json)
    {
        Assert.Equal("issue 1 has no 'key' (byte 12)", JiraParsing.Reject(json).Reason);
    }

    [Fact]
    public void MalformedJsonIsRejectedWithItsPosition()
    {
        var exception = JiraParsing.Reject("{\n  \"issues\": [\n    {\"key\": \"A-1\",}\n  ]\n}");

        Assert.Equal((3, 19), (exception.Line, exception.Column)); // the closing brace after the comma
        Assert.StartsWith("malformed JSON: ", exception.Reason, StringComparison.Ordinal);
        Assert.EndsWith("(byte 34)", exception.Reason, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(exception.InnerException, exactMatch: false);
    }

    [Fact]
    public void TextThatIsNotJsonIsNotASearchResponse()
    {
        var exception = JiraParsing.Reject("<testsuite/>");

        Assert.StartsWith("not a Jira search response: it is not JSON (", exception.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 1), (exception.Line, exception.Column));
    }

    [Theory]
    [InlineData("""{"issues": []} {"issues": []}""")]
    [InlineData("""{"issues": []},""")]
    [InlineData("""{"issues": []}x""")]
    public void ContentAfterTheResponseIsRejected(string json)
    {
        var exception = JiraParsing.Reject(json);

        Assert.StartsWith("malformed JSON: ", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTruncationOfARealResponseIsRejected()
    {
        var bytes = File.ReadAllBytes(JiraParsing.FixturePath(JiraParsing.CloudV3));
        var end = Array.LastIndexOf(bytes, (byte)'}');

        for (var length = 0; length < end; length += length < 200 ? 1 : 41)
        {
            var exception = JiraParsing.Reject(bytes[..length]);

            Assert.NotNull(exception.Line);
            Assert.False(string.IsNullOrWhiteSpace(exception.Reason), $"cut at {length}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2024)]
    public void RandomBytesAreRejected(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        var exception = JiraParsing.Reject(bytes);

        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void InvalidUtf8IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"issues": [{"key": "A-1", "fields": {"summary": " """)
            .Concat(new byte[] { 0xC3, 0x28, 0xFF })
            .Concat(Encoding.UTF8.GetBytes("\"}}]}"))
            .ToArray();

        var exception = JiraParsing.Reject(bytes);

        Assert.Equal("line 1, column 13: issue 1 holds text that is not UTF-8 (byte 12)", exception.Message);
    }

    [Fact]
    public void AByteOrderMarkIsSkippedAndCountedInOffsets()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{"issues": [{"key": "A-1"}], "x": ]}""")).ToArray();

        var exception = JiraParsing.Reject(bytes);

        Assert.Equal((1, 35), (exception.Line, exception.Column));
        Assert.EndsWith("(byte 37)", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AByteOrderMarkIsAllowed()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{"issues": [{"key": "A-1"}]}""")).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.Equal("A-1", Assert.Single(JiraParsing.Parse(stream).Items).Key);
    }

    [Fact]
    public void OtherTopLevelPropertiesOfAnyShapeAreSkipped()
    {
        var result = JiraParsing.Parse(
            """
            {"warningMessages": ["x"], "names": {"issues": [{"key": "NOT-1"}]}, "total": 2, "schema": {"a": {"b": [[], {}]}},
             "issues": [{"key": "A-1"}], "nextPageToken": "t", "isLast": true, "more": {"issues": [1]}}
            """);

        Assert.Equal("A-1", Assert.Single(result.Items).Key);
    }

    [Fact]
    public void ASkippedValueMayBeLargerThanTheIssueLimitButNotOneToken()
    {
        var parser = new JiraIssueParser(maxIssueBytes: 1_000);
        var manyTokens = string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"\"f{i}\": {i}"));
        using var fits = new MemoryStream(Encoding.UTF8.GetBytes($$"""{"names": { {{manyTokens}} }, "issues": [{"key": "A-1"}]}"""));

        Assert.Single(JiraParsing.Parse(fits, parser: parser).Items);
        var exception = JiraParsing.Reject($$"""{"names": "{{new string('x', 100_000)}}", "issues": []}""", parser);
        Assert.StartsWith("a value is larger than 1000 bytes; refused", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingBeyondTheDepthLimitIsRejected()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));

        var exception = JiraParsing.Reject($$$"""{"issues": [{"key": "A-1", "fields": {"description": {{{deep}}}} }]}""");

        Assert.StartsWith("malformed JSON: ", exception.Reason, StringComparison.Ordinal);
    }
}
