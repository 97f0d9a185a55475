using Dot.Domain.Reports;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// Every JUnit XML report of the shared real-world corpus parses to the counts its oracle gives
/// (<see cref="OracleStats"/>), except for the differences written down in <see cref="JUnitCorpusDifferences"/>,
/// or is rejected with a <see cref="ReportParseException"/> when the oracle could not read it or has no expectation.
/// </summary>
public sealed class JUnitCorpusTests(ITestOutputHelper output)
{
    private const string Folder = "junit-xml";

    public static TheoryData<string> FilesWithCounts => new(Files(rejected: false));

    public static TheoryData<string> FilesToReject => new(Files(rejected: true));

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) =>
        ReportCorpus.AssertParsesToTheOracleCounts(JUnitParsing.Parsing, file, JUnitCorpusDifferences.ByFile.GetValueOrDefault(file), output);

    [Theory]
    [MemberData(nameof(FilesToReject))]
    public void RejectsWhatTheOracleCouldNotRead(string file)
    {
        var exception = JUnitParsing.Reject(File.ReadAllBytes(ReportCorpus.PathOf(file)));

        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void EveryListedDifferenceNamesACorpusFileWithCounts() =>
        ReportCorpus.AssertDifferencesAreCurrent(JUnitCorpusDifferences.ByFile, Files(rejected: false));

    [Fact]
    public void TheCorpusIsPresentAndCovered()
    {
        var all = ReportCorpus.Files(Folder, "*.xml");

        Assert.True(all.Count >= 25, $"expected the JUnit corpus to hold at least 25 reports, found {all.Count}");
        Assert.Equal(all.Count, Files(rejected: false).Count + Files(rejected: true).Count);
    }

    private static List<string> Files(bool rejected) =>
        ReportCorpus.Files(Folder, "*.xml").Where(file => ReportCorpus.OracleReads(file) != rejected).ToList();
}
