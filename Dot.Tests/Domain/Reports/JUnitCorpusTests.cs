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
        CorpusOracle.AssertParsesToOracleCounts(file, Parse(file), JUnitCorpusDifferences.ByFile, output);

    [Theory]
    [MemberData(nameof(FilesToReject))]
    public void RejectsWhatTheOracleCouldNotRead(string file)
    {
        var exception = JUnitParsing.Reject(File.ReadAllBytes(CorpusOracle.PathOf(file)));

        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void EveryListedDifferenceNamesACorpusFileWithCounts() =>
        CorpusOracle.AssertDifferencesAreWellFormed(JUnitCorpusDifferences.ByFile, Files(rejected: false));

    [Fact]
    public void TheCorpusIsPresentAndCovered()
    {
        var all = CorpusOracle.Files(Folder, "*.xml");

        Assert.True(all.Count >= 25, $"expected the JUnit corpus to hold at least 25 reports, found {all.Count}");
        Assert.Equal(all.Count, Files(rejected: false).Count + Files(rejected: true).Count);
    }

    private static ParsedReport Parse(string file)
    {
        using var stream = File.OpenRead(CorpusOracle.PathOf(file));
        return JUnitParsing.Parse(stream);
    }

    private static List<string> Files(bool rejected) =>
        CorpusOracle.Files(Folder, "*.xml").FindAll(file => CorpusOracle.HasCounts(file) != rejected);
}
