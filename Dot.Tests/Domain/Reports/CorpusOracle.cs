using Dot.Domain.Reports;
using Dot.Tests.Support;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// The shared corpus of real-world reports and its oracle (<see cref="OracleStats"/>), for the conformance test of
/// every format: which files it holds, which have counts, and how a parse of one compares with them.
/// Files are named by their path relative to the reports folder, with '/'.
/// </summary>
internal static class CorpusOracle
{
    private const string ResultsSuffix = ".results.json";

    public static string PathOf(string file) => Path.Combine(ReportFixtures.ReportsDirectory, file);

    public static string ResultsJsonOf(string file) => Path.ChangeExtension(PathOf(file), ResultsSuffix);

    /// <summary>True when the oracle read the file: it has a results.json, and that lists no errors.</summary>
    public static bool HasCounts(string file)
    {
        var expectation = ResultsJsonOf(file);
        return File.Exists(expectation) && OracleStats.Load(expectation).Errors.Count == 0;
    }

    /// <summary>The reports below <paramref name="folder"/> ("" for the whole corpus) matching <paramref name="pattern"/>, oracle files left out, in ordinal order.</summary>
    public static List<string> Files(string folder, string pattern)
    {
        var root = ReportFixtures.ReportsDirectory;
        var files = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories))
        {
            if (!path.EndsWith(ResultsSuffix, StringComparison.Ordinal))
            {
                files.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Fails when our parse of <paramref name="file"/> differs from the oracle other than as <paramref name="differences"/>
    /// lists for it, or when a listed difference no longer holds. Writes the parse's warnings to the test output.
    /// </summary>
    public static void AssertParsesToOracleCounts(
        string file,
        ParsedReport report,
        IReadOnlyDictionary<string, KnownDifference> differences,
        ITestOutputHelper output)
    {
        foreach (var warning in report.Warnings.Messages)
        {
            output.WriteLine(warning);
        }

        var mismatches = Mismatches(file, report.Cases, differences.GetValueOrDefault(file));
        Assert.True(mismatches.Count == 0, $"{file}:\n{string.Join('\n', mismatches)}");
    }

    /// <summary>
    /// Where our parse of <paramref name="file"/> differs from the oracle, other than by <paramref name="difference"/>;
    /// and where a listed difference no longer holds (the oracle agrees now, or we give another value).
    /// </summary>
    public static List<string> Mismatches(string file, IReadOnlyList<ParsedTestCase> cases, KnownDifference? difference)
    {
        var oracle = OracleStats.Load(ResultsJsonOf(file));
        var ours = CorpusStats.Of(cases);
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

        return mismatches;
    }

    /// <summary>Every listed difference names a file that has counts, and says why and what.</summary>
    public static void AssertDifferencesAreWellFormed(IReadOnlyDictionary<string, KnownDifference> differences, IReadOnlyCollection<string> filesWithCounts) =>
        Assert.All(differences, entry =>
        {
            Assert.Contains(entry.Key, filesWithCounts);
            Assert.False(string.IsNullOrWhiteSpace(entry.Value.Reason));
            Assert.NotEmpty(entry.Value.Ours);
        });
}
