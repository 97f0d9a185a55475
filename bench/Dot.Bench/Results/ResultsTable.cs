using System.Text;
using Dot.Bench.Cli;

namespace Dot.Bench.Results;

/// <summary>The one table a run prints: a Markdown table, aligned so it also reads in a terminal.</summary>
public static class ResultsTable
{
    private static readonly string[] Headers = ["target", "goal", "measured", "baseline (same run)", "holds"];

    public static string Render(BenchRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cells = run.Rows.Select(r => (string[])[r.What, r.Target, r.Measured, r.Baseline, r.HoldsText]).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        text.AppendLine($"DoT benchmarks, {run.StartedAt:yyyy-MM-dd} commit {run.Source.Commit}{(run.Source.Dirty ? " (with uncommitted changes)" : string.Empty)}, {run.Machine.Summary}, {run.Seconds:F0} s");
        text.AppendLine(run.Options.Command);
        text.AppendLine(run.Contention.Summary);
        text.AppendLine();
        for (var i = 0; i < cells.Count; i++)
        {
            text.AppendLine("| " + string.Join(" | ", cells[i].Select((cell, c) => cell.PadRight(widths[c]))) + " |");
            if (i == 0)
            {
                text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            }
        }
        return text.ToString();
    }
}
