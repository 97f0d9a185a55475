using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

public sealed class JUnitXmlParserBadInputTests
{
    [Fact]
    public void AnExternalEntityIsRefusedAndNeverResolved()
    {
        var exception = JUnitParsing.Reject(
            """
            <?xml version="1.0"?>
            <!DOCTYPE testsuite [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <testsuite><testcase name="&xxe;"/></testsuite>
            """);

        Assert.Contains("DTD (<!DOCTYPE>) is not allowed", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.Line); // XmlReader gives no position when it refuses a DTD
        Assert.IsType<System.Xml.XmlException>(exception.InnerException);
    }

    [Fact]
    public void AnEntityExpansionBombIsRefusedBeforeExpansion()
    {
        var exception = JUnitParsing.Reject(
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <testsuite><testcase name="&lol3;"/></testsuite>
            """);

        Assert.Contains("DTD (<!DOCTYPE>) is not allowed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedXmlIsRejectedWithItsPosition()
    {
        var exception = JUnitParsing.Reject("<testsuite name=\"s\">\n  <testcase name=\"a\"/>\n  <testcase name=\"b\">\n    <failure message=\"m\">trace");

        Assert.Equal(4, exception.Line);
        Assert.NotNull(exception.Column);
        Assert.StartsWith("line 4, column ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("end of file", exception.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnEmptyStreamIsRejected()
    {
        var exception = JUnitParsing.Reject([]);

        Assert.Contains("Root element is missing", exception.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (exception.Line, exception.Column)); // XmlReader gives no position; the root was due at the start
    }

    [Fact]
    public void WhitespaceOnlyIsRejected()
    {
        var exception = JUnitParsing.Reject("  \n\n ");

        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
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

        var exception = JUnitParsing.Reject(bytes);

        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void InvalidUtf8IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes("<testsuite><testcase name=\"")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF })
            .Concat(Encoding.UTF8.GetBytes("\"/></testsuite>"))
            .ToArray();

        var exception = JUnitParsing.Reject(bytes);

        Assert.Equal(1, exception.Line);
    }

    [Fact]
    public void ARootThatIsNotJUnitIsRejectedByName()
    {
        var exception = JUnitParsing.Reject("<?xml version=\"1.0\"?>\n<suites><suite name=\"s\"/></suites>");

        Assert.Equal("line 2, column 2: not a JUnit XML report: root element <suites>", exception.Message);
        Assert.Equal("not a JUnit XML report: root element <suites>", exception.Reason);
    }

    [Fact]
    public void ATestCaseAsRootIsNotAReport()
    {
        var exception = JUnitParsing.Reject("""<testcase name="alone"/>""");

        Assert.Contains("root element <testcase>", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAfterTheRootIsRejected()
    {
        var exception = JUnitParsing.Reject("<testsuite><testcase name=\"t\"/></testsuite>\n<testsuite/>");

        Assert.Equal(2, exception.Line);
    }

    [Fact]
    public void TheErrorComesOutOfEnumerationAfterTheCasesBeforeIt()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<testsuite><testcase name=\"a\"/><testcase name=\"b\"/><oops"));
        var cases = new JUnitXmlParser().Parse(stream, ReportLimits.Default, new ParseWarnings());
        var seen = new List<string>();

        var exception = Assert.Throws<ReportParseException>(() =>
        {
            foreach (var testCase in cases)
            {
                seen.Add(testCase.Name);
            }
        });

        Assert.Equal(["a", "b"], seen);
        Assert.IsType<System.Xml.XmlException>(exception.InnerException);
    }
}
