using Dot.Domain.Reports;
using Dot.Domain.Reports.NUnit;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.NUnit;

/// <summary>
/// Every NUnit report of the shared real-world corpus (found by detection, wherever it lies) parses to the counts its
/// oracle gives, except for the differences written down in <see cref="NUnitCorpusDifferences"/>, or is rejected with a
/// <see cref="ReportParseException"/> when the oracle could not read it or we refuse it on purpose.
/// </summary>
public sealed class NUnitCorpusTests(ITestOutputHelper output)
{
    private static readonly FormatCorpus Corpus = new(
        ReportFormat.NUnit,
        new NUnitXmlParser(),
        NUnitCorpusDifferences.ByFile,
        NUnitCorpusDifferences.Undetected,
        "nunit");

    public static TheoryData<string> FilesWithCounts => new(Corpus.FilesWithCounts());

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) => Corpus.AssertParsesToTheOracleCounts(file, output);

    [Fact]
    public void RejectsWhatTheOracleCouldNotReadOrWeRefuse() => Assert.All(Corpus.FilesToReject(), Corpus.AssertRejected);

    [Fact]
    public void EveryListedDifferenceIsCurrent() => Corpus.AssertDifferencesAreCurrent();

    [Fact]
    public void EveryReportInTheNUnitFolderIsTested() => Corpus.AssertHomeFoldersAreCovered();

    [Fact]
    public void TheCorpusIsPresent()
    {
        Assert.True(Corpus.FilesWithCounts().Count >= 20, $"expected at least 20 NUnit reports with counts, found {Corpus.FilesWithCounts().Count}");
        Assert.True(Corpus.FilesToReject().Count >= 2, $"expected at least 2 NUnit reports to reject, found {Corpus.FilesToReject().Count}");
    }
}
