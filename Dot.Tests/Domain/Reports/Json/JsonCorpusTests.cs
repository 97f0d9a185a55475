using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// The JSON files of the shared corpus that the oracle could not read (malformed, empty, not JSON) are rejected by both
/// JSON parsers with a position, unless detected as Mocha (then <see cref="MochaCorpusTests"/> rejects them). Every
/// other JSON file is tested: Mocha's by <see cref="MochaCorpusTests"/>, and a report of a format without a parser
/// (Dart's event lines) must be listed as such. The corpus holds no Cucumber report; the first one with counts fails
/// <see cref="EveryJsonReportIsTested"/> until a Cucumber corpus test is added.
/// </summary>
public sealed class JsonCorpusTests
{
    /// <summary>Reports of JSON formats DoT has no parser for; each is named here, so a new one is noticed.</summary>
    private static readonly string[] FormatsWithoutParser = ["dart/json/tests.json"];

    private static readonly ReportParsing[] Parsings = [new(new CucumberJsonParser()), new(new MochaJsonParser())];

    public static TheoryData<string> FilesToReject => new(ToReject());

    [Theory]
    [MemberData(nameof(FilesToReject))]
    public void BothJsonParsersRejectWhatTheOracleCouldNotRead(string file) =>
        Assert.All(Parsings, parsing =>
        {
            var exception = parsing.Reject(File.ReadAllBytes(ReportCorpus.PathOf(file)));

            Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
            Assert.NotNull(exception.Line);
            Assert.NotNull(exception.Column);
            Assert.Contains("(byte ", exception.Reason, StringComparison.Ordinal);
        });

    [Fact]
    public void EveryJsonReportIsTested()
    {
        var toReject = ToReject();
        var untested = Files().FindAll(file => !toReject.Contains(file) && ReportCorpus.Detect(file) != ReportFormat.Mocha);

        Assert.True(toReject.Count >= 3, $"expected the malformed JSON of the corpus, found {toReject.Count} files to reject");
        Assert.Equal(FormatsWithoutParser, untested);
    }

    private static List<string> Files() => ReportCorpus.Files(string.Empty, "*.json");

    private static List<string> ToReject() =>
        Files().FindAll(file => !ReportCorpus.OracleReads(file) && ReportCorpus.Detect(file) != ReportFormat.Mocha);
}
