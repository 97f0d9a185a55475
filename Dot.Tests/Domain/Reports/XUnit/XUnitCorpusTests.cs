using Dot.Domain.Reports;
using Dot.Domain.Reports.XUnit;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.XUnit;

/// <summary>
/// Every xUnit.net report of the shared real-world corpus (found by detection, wherever it lies) parses to the counts its
/// oracle gives, except for the differences written down in <see cref="XUnitCorpusDifferences"/>, or is rejected with a
/// <see cref="ReportParseException"/> when the oracle could not read it or we refuse it on purpose.
/// </summary>
public sealed class XUnitCorpusTests(ITestOutputHelper output) : FormatCorpusTests
{
    private static readonly FormatCorpus XUnitCorpus = new(
        ReportFormat.XUnit,
        new XUnitXmlParser(),
        XUnitCorpusDifferences.ByFile,
        XUnitCorpusDifferences.Undetected,
        "xunit");

    public static TheoryData<string> FilesWithCounts => new(XUnitCorpus.FilesWithCounts());

    internal override FormatCorpus Corpus => XUnitCorpus;

    protected override int MinimumFilesWithCounts => 8;

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) => XUnitCorpus.AssertParsesToTheOracleCounts(file, output);
}
