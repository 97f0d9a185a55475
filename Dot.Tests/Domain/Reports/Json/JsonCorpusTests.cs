using Dot.Domain.Reports;
using Dot.Domain.Reports.Json;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// Every JSON report of the shared corpus is found by walking it and told apart by <see cref="ReportFormatDetector"/>.
/// A Cucumber or Mocha report with counts parses to them (except the differences in <see cref="JsonCorpusDifferences"/>);
/// one without counts, or one that is no report DoT knows, is rejected by both JSON parsers with a position;
/// a report of a format without a parser (Dart's event lines) must be listed as such.
/// </summary>
public sealed class JsonCorpusTests(ITestOutputHelper output)
{
    /// <summary>Reports of JSON formats DoT has no parser for; each is named here, so a new one is noticed.</summary>
    private static readonly string[] FormatsWithoutParser = ["dart/json/tests.json"];

    public static TheoryData<string> FilesWithCounts => new(WithCounts());

    public static TheoryData<string> FilesToReject => new(ToReject());

    [Theory]
    [MemberData(nameof(FilesWithCounts))]
    public void ParsesToTheOracleCounts(string file) =>
        CorpusOracle.AssertParsesToOracleCounts(file, Parse(ParserOf(file)!, file), JsonCorpusDifferences.ByFile, output);

    [Theory]
    [MemberData(nameof(FilesToReject))]
    public void RejectsWhatTheOracleCouldNotRead(string file)
    {
        IReportParser[] parsers = ParserOf(file) is { } parser ? [parser] : [new CucumberJsonParser(), new MochaJsonParser()];

        Assert.All(parsers, parser =>
        {
            var exception = ReportParsing.Reject(parser, File.ReadAllBytes(CorpusOracle.PathOf(file)));

            Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
            Assert.NotNull(exception.Line);
            Assert.NotNull(exception.Column);
            Assert.Contains("(byte ", exception.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryListedDifferenceNamesACorpusFileWithCounts() =>
        CorpusOracle.AssertDifferencesAreWellFormed(JsonCorpusDifferences.ByFile, WithCounts());

    [Fact]
    public void TheCorpusIsPresentAndEveryJsonReportIsCovered()
    {
        var files = Files();
        var withoutParser = files.FindAll(file => ParserOf(file) is null && CorpusOracle.HasCounts(file));

        Assert.Contains("mocha/tests.json", files);
        Assert.True(ToReject().Count >= 3, $"expected the malformed JSON of the corpus, found {ToReject().Count} files to reject");
        Assert.Equal(FormatsWithoutParser, withoutParser);
        Assert.Equal(files.Count, WithCounts().Count + ToReject().Count + withoutParser.Count);
    }

    private static List<string> Files() => CorpusOracle.Files(string.Empty, "*.json");

    private static List<string> WithCounts() => Files().FindAll(file => ParserOf(file) is not null && CorpusOracle.HasCounts(file));

    private static List<string> ToReject() => Files().FindAll(file => !CorpusOracle.HasCounts(file));

    /// <summary>The parser for the format the file's first bytes show, or null when it is none of DoT's JSON formats.</summary>
    private static IReportParser? ParserOf(string file)
    {
        var head = new byte[ReportFormatDetector.HeadLength];
        using var stream = File.OpenRead(CorpusOracle.PathOf(file));
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return ReportFormatDetector.Detect(head.AsSpan(0, length)) switch
        {
            ReportFormat.Cucumber => new CucumberJsonParser(),
            ReportFormat.Mocha => new MochaJsonParser(),
            _ => null,
        };
    }

    private static ParsedReport Parse(IReportParser parser, string file)
    {
        using var stream = File.OpenRead(CorpusOracle.PathOf(file));
        return ReportParsing.Parse(parser, stream);
    }
}
