using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class TextTruncationTests
{
    [Theory]
    [InlineData(null, 3, null, false)]
    [InlineData("abc", 3, "abc", false)]
    [InlineData("abcd", 3, "abc", true)]
    [InlineData("ab😀", 3, "ab", true)]
    [InlineData("a😀b", 3, "a😀", true)]
    public void CutsToTheLimitWithoutSplittingSurrogatePairs(string? text, int limit, string? expected, bool expectedTruncated)
    {
        var result = TextTruncation.Truncate(text, limit, out var truncated);

        Assert.Equal(expected, result);
        Assert.Equal(expectedTruncated, truncated);
    }

    [Fact]
    public void WarnsOnlyWhenItCuts()
    {
        var warnings = new ParseWarnings();

        TextTruncation.Truncate("short", 10, warnings, "system-out", WarningSubject.Test("X"));
        TextTruncation.Truncate("much too long", 4, warnings, "system-out", WarningSubject.Test("X"));

        Assert.Equal(["system-out of test 'X' truncated to 4 characters"], warnings.Messages);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" \t", null)]
    [InlineData(" a ", " a ")]
    public void CleanTurnsBlankIntoNull(string? text, string? expected)
    {
        Assert.Equal(expected, TextTruncation.Clean(text, 10, new ParseWarnings(), "name", WarningSubject.Test("t")));
    }

    [Fact]
    public void PreviewShortensLongValues()
    {
        Assert.Equal("short", TextTruncation.Preview("short"));
        Assert.Equal(new string('a', 40) + "…", TextTruncation.Preview(new string('a', 41)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" \n ", null)]
    [InlineData("AssertionError: boom", "AssertionError: boom")]
    [InlineData("\n  Error: first  \r\n    at f (a.js:1:1)", "Error: first")]
    [InlineData("one\ntwo", "one")]
    public void FirstLineIsTheFirstNonBlankLineTrimmed(string? text, string? expected) =>
        Assert.Equal(expected, TextTruncation.FirstLine(text));
}
