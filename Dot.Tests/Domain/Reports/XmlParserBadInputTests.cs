using System.Text;
using System.Xml;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// The bad input every streaming XML report parser rejects the same way (through <see cref="XmlReportReader"/> and
/// SafeXml). Each format's test class derives from this one and gives its parser and a small valid report.
/// </summary>
public abstract class XmlParserBadInputTests
{
    /// <summary>The parser under test.</summary>
    internal abstract ReportParsing Parsing { get; }

    /// <summary>A well-formed report of the format holding the tests "a" and "b", in that order, on lines 2 and 3 or later.</summary>
    protected abstract string TwoTests { get; }

    /// <summary>The start of the reason given for a root of another format, e.g. "not a NUnit XML report".</summary>
    protected abstract string NotThisFormat { get; }

    /// <summary>The format's root element, to hold an entity reference.</summary>
    protected abstract string Root { get; }

    [Fact]
    public void AnExternalEntityIsRefusedAndNeverResolved()
    {
        var exception = Parsing.Reject(
            $"""
            <?xml version="1.0"?>
            <!DOCTYPE {Root} [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <{Root}>&xxe;</{Root}>
            """);

        Assert.Equal("a DTD (<!DOCTYPE>) is not allowed in a report; it was refused, not read", exception.Message);
        Assert.IsType<XmlException>(exception.InnerException);
    }

    [Fact]
    public void AnEntityExpansionBombIsRefusedBeforeExpansion()
    {
        var exception = Parsing.Reject(
            $"""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
            ]>
            <{Root}>&lol2;</{Root}>
            """);

        Assert.Contains("DTD (<!DOCTYPE>) is not allowed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedReportIsRejectedWithItsPosition()
    {
        var exception = Parsing.Reject(TwoTests[..TwoTests.LastIndexOf('<')]);

        Assert.NotNull(exception.Line);
        Assert.NotNull(exception.Column);
        Assert.StartsWith($"line {exception.Line}, column {exception.Column}: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("end of file", exception.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheErrorComesOutOfEnumerationAfterTheTestsBeforeIt()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TwoTests[..TwoTests.LastIndexOf('<')] + "<oops"));
        var cases = Parsing.Parser.Parse(stream, ReportLimits.Default, new ParseWarnings());
        var seen = new List<string>();

        var exception = Assert.Throws<ReportParseException>(() =>
        {
            foreach (var testCase in cases)
            {
                seen.Add(testCase.Name);
            }
        });

        Assert.Equal(["a", "b"], seen);
        Assert.IsType<XmlException>(exception.InnerException);
    }

    [Fact]
    public void AnEmptyStreamIsRejectedAtItsStart() =>
        Assert.Equal("line 1, column 1: Root element is missing.", Parsing.Reject([]).Message);

    [Fact]
    public void WhitespaceOnlyIsRejected() =>
        Assert.Contains("Root element is missing", Parsing.Reject(" \n\t\n ").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2024)]
    public void BinaryGarbageIsRejected(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        var exception = Parsing.Reject(bytes);

        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void InvalidUtf8IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes($"<{Root} name=\"")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF })
            .Concat(Encoding.UTF8.GetBytes($"\"></{Root}>"))
            .ToArray();

        Assert.Equal(1, Parsing.Reject(bytes).Line);
    }

    [Fact]
    public void ARawNulCharacterIsRejected() =>
        Assert.NotNull(Parsing.Reject(TwoTests.Replace("\"b\"", "\"b\0\"", StringComparison.Ordinal)).Line);

    [Fact]
    public void AJUnitReportIsRefusedByItsRoot()
    {
        var exception = Parsing.Reject("<?xml version=\"1.0\"?>\n<testsuites><testsuite name=\"s\"><testcase name=\"t\"/></testsuite></testsuites>");

        Assert.Equal($"{NotThisFormat}: root element <testsuites>", exception.Reason);
        Assert.Equal($"line 2, column 2: {NotThisFormat}: root element <testsuites>", exception.Message);
    }

    [Fact]
    public void ASecondRootIsRejected() =>
        Assert.NotNull(Parsing.Reject(TwoTests + "\n<" + Root + "/>").Line);

    [Fact]
    public void ParseChecksItsArgumentsAtOnceAndReadsNothingUntilEnumerated()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TwoTests));

        Assert.Throws<ArgumentNullException>(() => Parsing.Parser.Parse(null!, ReportLimits.Default, new ParseWarnings()));
        Assert.Throws<ArgumentNullException>(() => Parsing.Parser.Parse(stream, null!, new ParseWarnings()));
        Assert.Throws<ArgumentNullException>(() => Parsing.Parser.Parse(stream, ReportLimits.Default, null!));
        var cases = Parsing.Parser.Parse(stream, ReportLimits.Default, new ParseWarnings());
        var positionBeforeEnumeration = stream.Position;

        Assert.Equal(0, positionBeforeEnumeration);
        Assert.Equal(2, cases.Count());
        Assert.True(stream.CanRead); // the caller owns the stream
    }
}
