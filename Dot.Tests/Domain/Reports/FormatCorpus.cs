using Dot.Domain.Reports;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// One format's share of the corpus, found by walking all of it: every file of the format's ending
/// (<see cref="SearchPattern"/>, <c>*.xml</c> unless set) that <see cref="ReportFormatDetector"/> gives this format, as
/// an upload would, plus the files listed in the undetected list (the detector does not know them; an upload names the
/// format with <c>?format=</c>). Each is compared with the oracle (<see cref="ReportCorpus.AssertParsesToTheOracleCounts"/>)
/// or, when the oracle could not read it or the differences list it as a rejection, must be rejected. The home folders
/// are those named after the format: each of their reports must be detected as it or be listed as undetected.
/// </summary>
internal sealed class FormatCorpus(
    ReportFormat format,
    IReportParser parser,
    IReadOnlyDictionary<string, KnownDifference> differences,
    IReadOnlyDictionary<string, string> undetected,
    params string[] homeFolders)
{
    private readonly ReportParsing _parsing = new(parser);

    private List<string>? _files;

    /// <summary>Which files of the corpus are looked at: the format's file ending ("*.xml" unless set).</summary>
    public string SearchPattern { get; init; } = "*.xml";

    public List<string> Files() => _files ??= ReportCorpus.Files(string.Empty, SearchPattern)
        .Where(file => undetected.ContainsKey(file) || ReportCorpus.Detect(file) == format)
        .ToList();

    public List<string> FilesWithCounts() => Files().Where(file => !IsRejected(file)).ToList();

    public List<string> FilesToReject() => Files().Where(IsRejected).ToList();

    public void AssertParsesToTheOracleCounts(string file, ITestOutputHelper output) =>
        ReportCorpus.AssertParsesToTheOracleCounts(_parsing, file, differences.GetValueOrDefault(file), output);

    /// <summary>Rejected with a reason: where the oracle failed too, with a line; where we refuse on purpose, with the listed reason.</summary>
    public void AssertRejected(string file)
    {
        var exception = _parsing.Reject(File.ReadAllBytes(ReportCorpus.PathOf(file)));

        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        if (differences.TryGetValue(file, out var difference) && difference.RejectedWith is { } expected)
        {
            Assert.Contains(expected, exception.Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.NotNull(exception.Line);
        }
    }

    /// <summary>Every listed difference names a file of this format with a reason, and still applies (<see cref="ReportCorpus.AssertDifferencesAreCurrent"/>).</summary>
    public void AssertDifferencesAreCurrent() => ReportCorpus.AssertDifferencesAreCurrent(differences, Files());

    /// <summary>The home folders hold reports, each detected as this format or listed as undetected (with a reason), so none is left untested.</summary>
    public void AssertHomeFoldersAreCovered()
    {
        var home = homeFolders.SelectMany(folder => ReportCorpus.Files(folder, SearchPattern)).ToList();
        var files = Files();

        Assert.NotEmpty(home);
        Assert.All(home, file => Assert.True(
            files.Contains(file),
            $"{file} is detected as {ReportCorpus.Detect(file)?.ToString() ?? "no format"}: test it with that format's parser, or list it as undetected"));
        Assert.All(undetected, entry =>
        {
            Assert.Null(ReportCorpus.Detect(entry.Key));
            Assert.False(string.IsNullOrWhiteSpace(entry.Value));
        });
    }

    private bool IsRejected(string file) =>
        !ReportCorpus.OracleReads(file) || (differences.TryGetValue(file, out var difference) && difference.RejectedWith is not null);
}
