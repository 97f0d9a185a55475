using Dot.Domain.Reports;
using Dot.Tests.Support;
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
    public void ParsesToTheOracleCounts(string file)
    {
        var oracle = OracleStats.Load(ResultsJsonOf(file));
        JUnitCorpusDifferences.ByFile.TryGetValue(file, out var difference);

        var report = Parse(file);
        var ours = CorpusStats.Of(report.Cases);
        foreach (var warning in report.Warnings.Messages)
        {
            output.WriteLine(warning);
        }

        var mismatches = new List<string>();
        foreach (var field in OracleStats.Fields)
        {
            if (difference is not null && difference.Ours.TryGetValue(field, out var declared))
            {
                if (declared == oracle.Counts[field])
                {
                    mismatches.Add($"{field}: listed as a difference, but the oracle now says {declared} too; remove it from the list");
                }
                else if (declared != ours[field])
                {
                    mismatches.Add($"{field}: expected {declared} (deliberate difference from the oracle's {oracle.Counts[field]}), got {ours[field]}");
                }
            }
            else if (oracle.Counts[field] != ours[field])
            {
                mismatches.Add($"{field}: oracle {oracle.Counts[field]}, ours {ours[field]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{file}:\n{string.Join('\n', mismatches)}");
    }

    [Theory]
    [MemberData(nameof(FilesToReject))]
    public void RejectsWhatTheOracleCouldNotRead(string file)
    {
        var exception = JUnitParsing.Reject(File.ReadAllBytes(PathOf(file)));

        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.NotNull(exception.Line);
    }

    [Fact]
    public void EveryListedDifferenceNamesACorpusFileWithCounts()
    {
        var files = Files(rejected: false);

        Assert.All(JUnitCorpusDifferences.ByFile, entry =>
        {
            Assert.Contains(entry.Key, files);
            Assert.False(string.IsNullOrWhiteSpace(entry.Value.Reason));
            Assert.NotEmpty(entry.Value.Ours);
        });
    }

    [Fact]
    public void TheCorpusIsPresentAndCovered()
    {
        var all = Directory.GetFiles(Path.Combine(ReportFixtures.ReportsDirectory, Folder), "*.xml", SearchOption.AllDirectories);

        Assert.True(all.Length >= 25, $"expected the JUnit corpus to hold at least 25 reports, found {all.Length}");
        Assert.Equal(all.Length, Files(rejected: false).Count + Files(rejected: true).Count);
    }

    private static ParsedReport Parse(string file)
    {
        using var stream = File.OpenRead(PathOf(file));
        return JUnitParsing.Parse(stream);
    }

    private static List<string> Files(bool rejected)
    {
        var root = ReportFixtures.ReportsDirectory;
        var files = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(root, Folder), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(root, path).Replace('\\', '/');
            var expectation = ResultsJsonOf(file);
            var isRejected = !File.Exists(expectation) || OracleStats.Load(expectation).Errors.Count > 0;
            if (isRejected == rejected)
            {
                files.Add(file);
            }
        }

        return files;
    }

    private static string PathOf(string file) => Path.Combine(ReportFixtures.ReportsDirectory, file);

    private static string ResultsJsonOf(string file) => Path.ChangeExtension(PathOf(file), ".results.json");
}
