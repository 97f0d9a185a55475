using Dot.Bench.Cli;
using Dot.Bench.Results;

namespace Dot.Bench;

/// <summary>
/// The benchmark harness for DESIGN section 8; docs/performance.md says how to run it and what the numbers mean.
/// Progress goes to standard error, the one results table to standard output.
/// </summary>
/// <remarks>A named class, not top-level statements: those would make a second public <c>Program</c> beside Dot.Api's in the tests.</remarks>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args, BenchPaths.Root);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var run = await BenchHarness.RunAsync(options, Console.Error, cancel.Token);
        await Console.Out.WriteAsync(ResultsTable.Render(run));
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, run.ResultsPath!);
        await Console.Out.WriteLineAsync($"\nresults: {(shown.StartsWith("..", StringComparison.Ordinal) ? run.ResultsPath : shown)}");
        return 0;
    }
}
