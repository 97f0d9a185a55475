using Dot.Domain.Reports;
using Dot.Domain.Reports.XUnit;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.XUnit;

/// <summary>
/// Every xUnit.net report of the shared real-world corpus (found by detection, wherever it lies) parses to the counts its
/// oracle gives, except for the differences written down in <see cref="XUnitCorpusDifferences"/>, or is rejected with a
/// <see cref="ReportParseException"/> when the oracle could not read it or we refuse it on purpose.
/// </summary>
public sealed class XUnitCorpusTests(ITestOutputHelper output)
{
    private static readonly FormatCorpus Corpus = new(
        ReportFormat.XUnit,
        new XUnitXmlParser(),
        XUnitCorpusDifferences.ByFile,
        XUnitCorpusDifferences.Undetected,
        "xunit");

    public static TheoryData<string> FilesWithCounts => new(Corpus.FilesWithCounts());

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) => Corpus.AssertParsesToTheOracleCounts(file, output);

    [Fact]
    public void RejectsWhatTheOracleCouldNotReadOrWeRefuse() => Assert.All(Corpus.FilesToReject(), Corpus.AssertRejected);

    [Fact]
    public void EveryListedDifferenceIsCurrent() => Corpus.AssertDifferencesAreCurrent();

    [Fact]
    public void EveryReportInTheXUnitFolderIsTested() => Corpus.AssertHomeFoldersAreCovered();

    [Fact]
    public void TheCorpusIsPresent() =>
        Assert.True(Corpus.FilesWithCounts().Count >= 8, $"expected at least 8 xUnit.net reports with counts, found {Corpus.FilesWithCounts().Count}");
}
