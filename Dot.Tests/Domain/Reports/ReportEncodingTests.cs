using System.Text;
using Dot.Domain.Reports;
using Dot.Domain.Reports.NUnit;
using Dot.Domain.Results;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// A report in any encoding XML allows is detected as its format and parses to the same tests as in UTF-8: the
/// encoding comes from the byte-order mark, the first bytes (UTF-16 without one) or the declaration.
/// </summary>
public sealed class ReportEncodingTests
{
    private static readonly string[] Names = ["Größe_€", "naïve café", "plain"];

    static ReportEncodingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "junit", "nunit" })
        {
            foreach (var encoding in new[] { "utf-8", "utf-8 bom", "utf-16le bom", "utf-16be bom", "utf-16le", "utf-16be", "iso-8859-1", "windows-1252" })
            {
                data.Add(format, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AReEncodedReportIsDetectedAndParsesToTheSameTests(string format, string encoding)
    {
        var (parser, expected) = format == "junit"
            ? ((IReportParser)new JUnitXmlParser(), ReportFormat.JUnit)
            : (new NUnitXmlParser(), ReportFormat.NUnit);
        var utf8 = new ReportParsing(parser).Parse(Encode(format, "utf-8"));
        var bytes = Encode(format, encoding);

        Assert.Equal(expected, ReportFormatDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, ReportFormatDetector.HeadLength))));
        var report = new ReportParsing(parser).Parse(bytes);
        Assert.Equal(Names, report.Cases.Select(c => c.Name));
        Assert.Equal(new ReportCounts(3, 1, 1, 0, 1), ReportCounts.Of(report.Cases));
        Assert.Equal(utf8.Cases, report.Cases);
    }

    [Fact]
    public void AnEncodingTheDeclarationNamesThatIsUnknownIsRejectedAndNotDetected()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"x-no-such\"?><testsuite/>");

        Assert.Null(ReportFormatDetector.Detect(bytes));
        var exception = JUnitParsing.Reject(bytes);
        Assert.Equal(1, exception.Line);
        Assert.Contains("x-no-such", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AUtf16NameInTheDeclarationOfAUtf8ReportIsTakenForTheSlipItIs()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><testsuite><testcase name=\"Größe_€\"/></testsuite>");

        Assert.Equal(ReportFormat.JUnit, ReportFormatDetector.Detect(bytes));
        Assert.Equal("Größe_€", Assert.Single(JUnitParsing.Parse(bytes).Cases).Name);
    }

    [Fact]
    public void BytesTheDeclaredEncodingCannotDecodeAreRejected()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n<testsuite><testcase name=\"")
            .Concat(new byte[] { 0xE9 })
            .Concat(Encoding.ASCII.GetBytes("\"/></testsuite>"))
            .ToArray();

        var exception = JUnitParsing.Reject(bytes);

        Assert.Contains("not valid us-ascii", exception.Reason, StringComparison.Ordinal);
        Assert.NotNull(exception.Line);
    }

    private static byte[] Encode(string format, string encoding)
    {
        var (name, bom) = encoding.EndsWith(" bom", StringComparison.Ordinal) ? (encoding[..^4], true) : (encoding, false);
        var target = Encoding.GetEncoding(name);
        var declared = name.StartsWith("utf-16", StringComparison.Ordinal) ? "UTF-16" : name.ToUpperInvariant();
        var text = $"<?xml version=\"1.0\" encoding=\"{declared}\"?>\n" + (format == "junit" ? JUnit() : NUnit());
        if (name == "iso-8859-1")
        {
            text = text.Replace("€", "&#x20AC;", StringComparison.Ordinal); // not in ISO-8859-1; a character reference then
        }

        return [.. bom ? target.GetPreamble() : [], .. target.GetBytes(text)];
    }

    private static string JUnit() =>
        $"""
        <testsuites>
          <testsuite name="Einheit_ä">
            <testcase classname="Maß" name="{Names[0]}"><failure message="zu groß: €5"/></testcase>
            <testcase classname="Maß" name="{Names[1]}"><skipped/></testcase>
            <testcase classname="Maß" name="{Names[2]}"/>
          </testsuite>
        </testsuites>
        """;

    private static string NUnit() =>
        $"""
        <test-run id="2">
          <test-suite type="TestFixture" name="Maß" fullname="Ns.Maß">
            <test-case name="{Names[0]}" fullname="Ns.Maß.{Names[0]}" result="Failed"><failure><message>zu groß: €5</message></failure></test-case>
            <test-case name="{Names[1]}" fullname="Ns.Maß.{Names[1]}" result="Skipped"/>
            <test-case name="{Names[2]}" fullname="Ns.Maß.{Names[2]}" result="Passed"/>
          </test-suite>
        </test-run>
        """;
}
