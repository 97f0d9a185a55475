using System.Text;
using Dot.Domain.Reports;

namespace Dot.Tests.Domain.Reports;

/// <summary>
/// Checks that a parser streams: a report of about 100 MB, generated as it is read (never held in memory), parses with
/// a live heap that stays flat. Tests that use it run alone (<see cref="RunsAlone"/>) so that other tests'
/// allocations do not blur the measure.
/// </summary>
internal static class StreamingMemory
{
    public const long ReportBytes = 100L * 1024 * 1024;

    /// <summary>More than a streaming parser could ever hold, far less than the report (or a DOM of it).</summary>
    private const long MaxGrowthBytes = 24L * 1024 * 1024;

    /// <summary>
    /// Parses head + item × n + tail (n filling <see cref="ReportBytes"/>, items joined by <paramref name="separator"/>,
    /// e.g. a JSON array's comma): n cases, no warning, a flat heap. The stream seeks only when
    /// <paramref name="seekable"/>, as the ingest pipeline's files do (a parser may then read it twice).
    /// </summary>
    public static void AssertFlat(IReportParser parser, string head, string item, string tail, bool seekable = false, string separator = "")
    {
        var itemBytes = Encoding.UTF8.GetBytes(item);
        var separatorBytes = Encoding.UTF8.GetBytes(separator);
        var count = ReportBytes / (itemBytes.Length + separatorBytes.Length);
        using var stream = new RepeatedReportStream(
            Encoding.UTF8.GetBytes(head), itemBytes, count, Encoding.UTF8.GetBytes(tail), seekable, separatorBytes);
        var warnings = new ParseWarnings();
        long cases = 0, baseline = 0, peak = 0;
        foreach (var testCase in parser.Parse(stream, ReportLimits.Default, warnings))
        {
            cases++;
            if (cases == 1_000)
            {
                baseline = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (cases % (count / 8) == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.Equal(count, cases);
        Assert.Empty(warnings.Messages);
        Assert.True(peak - baseline < MaxGrowthBytes, $"the live heap grew by {(peak - baseline) / 1024 / 1024} MB while streaming {ReportBytes / 1024 / 1024} MB");
    }
}

[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
