using Dot.Bench.Cli;
using Dot.Bench.Results;

// The benchmark harness for DESIGN section 8; docs/performance.md says how to run it and what the numbers mean.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args, BenchPaths.Root);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var run = await BenchHarness.RunAsync(options, Console.Error, cancel.Token);
Console.Out.Write(ResultsTable.Render(run));
Console.Out.WriteLine();
var shown = Path.GetRelativePath(Environment.CurrentDirectory, run.ResultsPath!);
Console.Out.WriteLine($"results: {(shown.StartsWith("..", StringComparison.Ordinal) ? run.ResultsPath : shown)}");
return 0;
