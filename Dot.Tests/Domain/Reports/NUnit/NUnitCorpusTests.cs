using Dot.Domain.Reports;
using Dot.Domain.Reports.NUnit;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.NUnit;

/// <summary>
/// Every NUnit report of the shared real-world corpus (found by detection, wherever it lies) parses to the counts its
/// oracle gives, except for the differences written down in <see cref="NUnitCorpusDifferences"/>, or is rejected with a
/// <see cref="ReportParseException"/> when the oracle could not read it or we refuse it on purpose.
/// </summary>
public sealed class NUnitCorpusTests(ITestOutputHelper output) : FormatCorpusTests
{
    private static readonly FormatCorpus NUnitCorpus = new(
        ReportFormat.NUnit,
        new NUnitXmlParser(),
        NUnitCorpusDifferences.ByFile,
        NUnitCorpusDifferences.Undetected,
        "nunit");

    public static TheoryData<string> FilesWithCounts => new(NUnitCorpus.FilesWithCounts());

    internal override FormatCorpus Corpus => NUnitCorpus;

    protected override int MinimumFilesWithCounts => 20;

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) => NUnitCorpus.AssertParsesToTheOracleCounts(file, output);
}
