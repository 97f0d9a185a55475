using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// Every Mocha JSON report of the shared real-world corpus (found by detection, wherever it lies) parses to the counts
/// its oracle gives, except for the differences written down in <see cref="JsonCorpusDifferences"/>, or is rejected
/// with a <see cref="ReportParseException"/> when the oracle could not read it.
/// </summary>
public sealed class MochaCorpusTests(ITestOutputHelper output) : FormatCorpusTests
{
    private static readonly FormatCorpus MochaCorpus = new(
        ReportFormat.Mocha,
        new MochaJsonParser(),
        JsonCorpusDifferences.ByFile,
        JsonCorpusDifferences.Undetected,
        "mocha")
    {
        SearchPattern = "*.json",
    };

    public static TheoryData<string> FilesWithCounts => new(MochaCorpus.FilesWithCounts());

    internal override FormatCorpus Corpus => MochaCorpus;

    protected override int MinimumFilesWithCounts => 1;

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) => MochaCorpus.AssertParsesToTheOracleCounts(file, output);
}
