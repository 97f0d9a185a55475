using Dot.Domain.Reports;
using Dot.Domain.Reports.Trx;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.Trx;

/// <summary>
/// Every TRX report of the shared real-world corpus (found by detection, wherever it lies) parses to the counts its
/// oracle gives, except for the differences written down in <see cref="TrxCorpusDifferences"/>; and every XML report of
/// another format is refused as not TRX.
/// </summary>
public sealed class TrxCorpusTests(ITestOutputHelper output) : FormatCorpusTests
{
    private static readonly FormatCorpus TrxCorpus = new(
        ReportFormat.Trx,
        new TrxParser(),
        TrxCorpusDifferences.ByFile,
        TrxCorpusDifferences.Undetected,
        "trx")
    {
        SearchPattern = "*.trx",
    };

    public static TheoryData<string> FilesWithCounts => new(TrxCorpus.FilesWithCounts());

    public static TheoryData<string> ReportsOfOtherFormats => new(ReportCorpus.Files(string.Empty, "*.xml"));

    internal override FormatCorpus Corpus => TrxCorpus;

    protected override int MinimumFilesWithCounts => 9;

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) => TrxCorpus.AssertParsesToTheOracleCounts(file, output);

    [Theory]
    [MemberData(nameof(ReportsOfOtherFormats))]
    public void RefusesTheReportsOfOtherFormats(string file)
    {
        var exception = TrxParsing.Parsing.Reject(File.ReadAllBytes(ReportCorpus.PathOf(file)));

        if (exception.Reason.Contains("DTD", StringComparison.Ordinal))
        {
            return; // NUnit's XXE probes: refused before their root is read, and XmlReader gives no position for that
        }

        Assert.NotNull(exception.Line);
        Assert.NotNull(exception.Column);
    }
}
