using Dot.Domain.Reports;
using Dot.Tests.Support;
using Xunit.Abstractions;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// The shared corpus of real-world reports (<see cref="ReportFixtures"/>): its files, named relative to the reports
/// folder with '/', the oracle's verdict on each, and the comparison of our counts with the oracle's.
/// </summary>
internal static class ReportCorpus
{
    private const string ResultsSuffix = ".results.json";

    public static string PathOf(string file) => Path.Combine(ReportFixtures.ReportsDirectory, file);

    public static string ResultsJsonOf(string file) => Path.ChangeExtension(PathOf(file), ResultsSuffix);

    /// <summary>Whether the oracle read the file: it has an expectation, and that lists no error.</summary>
    public static bool OracleReads(string file)
    {
        var expectation = ResultsJsonOf(file);
        return File.Exists(expectation) && OracleStats.Load(expectation).Errors.Count == 0;
    }

    /// <summary>
    /// The reports below <paramref name="folder"/> (the whole corpus when empty) that match the pattern, in ordinal
    /// order; the oracle's own files (<c>*.results.json</c>) are left out.
    /// </summary>
    public static List<string> Files(string folder, string searchPattern)
    {
        var root = ReportFixtures.ReportsDirectory;
        return Directory.GetFiles(Path.Combine(root, folder), searchPattern, SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(ResultsSuffix, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The format <see cref="ReportFormatDetector"/> gives the file's head, as the upload endpoint does.</summary>
    public static ReportFormat? Detect(string file)
    {
        using var stream = File.OpenRead(PathOf(file));
        var head = new byte[ReportFormatDetector.HeadLength];
        return ReportFormatDetector.Detect(head.AsSpan(0, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)));
    }

    /// <summary>
    /// How our counts differ from the oracle's, one line a field; a field listed in <paramref name="difference"/> must
    /// have the value listed there, and must still differ from the oracle's (a stale entry is a mismatch too).
    /// </summary>
    private static List<string> Mismatches(OracleStats oracle, IReadOnlyDictionary<string, int> ours, KnownDifference? difference)
    {
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

    /// <summary>
    /// Parses the file and fails when its counts differ from the oracle's other than as <paramref name="difference"/>
    /// lists (<see cref="Mismatches"/>). Writes the parse's warnings to the test output.
    /// </summary>
    public static void AssertParsesToTheOracleCounts(ReportParsing parsing, string file, KnownDifference? difference, ITestOutputHelper output)
    {
        var oracle = OracleStats.Load(ResultsJsonOf(file));

        using var stream = File.OpenRead(PathOf(file));
        var report = parsing.Parse(stream);
        foreach (var warning in report.Warnings.Messages)
        {
            output.WriteLine(warning);
        }

        var mismatches = Mismatches(oracle, CorpusStats.Of(report.Cases), difference);

        Assert.True(mismatches.Count == 0, $"{file}:\n{string.Join('\n', mismatches)}");
    }

    /// <summary>
    /// Every listed difference names one of <paramref name="files"/> with a reason, and still applies: the oracle reads
    /// the file (else it is no difference), and the entry lists a field or is a rejection.
    /// </summary>
    public static void AssertDifferencesAreCurrent(IReadOnlyDictionary<string, KnownDifference> differences, IReadOnlyCollection<string> files) =>
        Assert.All(differences, entry =>
        {
            Assert.Contains(entry.Key, files);
            Assert.False(string.IsNullOrWhiteSpace(entry.Value.Reason));
            Assert.True(OracleReads(entry.Key), $"{entry.Key}: the oracle does not read it, so it is no difference");
            Assert.True(entry.Value.RejectedWith is not null || entry.Value.Ours.Count > 0, $"{entry.Key}: lists no field");
        });
}
