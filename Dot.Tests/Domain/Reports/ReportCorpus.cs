using Dot.Domain.Reports;
using Dot.Tests.Support;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// The shared corpus of real-world reports (<see cref="ReportFixtures"/>): its files, named relative to the reports
/// folder with '/', the oracle's verdict on each, and the comparison of our counts with the oracle's.
/// </summary>
internal static class ReportCorpus
{
    public static string PathOf(string file) => Path.Combine(ReportFixtures.ReportsDirectory, file);

    public static string ResultsJsonOf(string file) => Path.ChangeExtension(PathOf(file), ".results.json");

    /// <summary>Whether the oracle read the file: it has an expectation, and that lists no error.</summary>
    public static bool OracleReads(string file)
    {
        var expectation = ResultsJsonOf(file);
        return File.Exists(expectation) && OracleStats.Load(expectation).Errors.Count == 0;
    }

    /// <summary>The files below <paramref name="folder"/> (the whole corpus when empty) that match the pattern, in ordinal order.</summary>
    public static List<string> Files(string folder, string searchPattern)
    {
        var root = ReportFixtures.ReportsDirectory;
        return Directory.GetFiles(Path.Combine(root, folder), searchPattern, SearchOption.AllDirectories)
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
    public static List<string> Mismatches(OracleStats oracle, IReadOnlyDictionary<string, int> ours, KnownDifference? difference)
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
}
