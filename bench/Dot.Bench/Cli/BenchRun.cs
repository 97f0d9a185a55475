using Dot.Bench.Results;

namespace Dot.Bench.Cli;

/// <summary>What one harness run did: its options, where and on what it ran, what it measured and where it wrote it.</summary>
public sealed record BenchRun(
    BenchOptions Options,
    DateTimeOffset StartedAt,
    double Seconds,
    SourceVersion Source,
    MachineInfo Machine,
    Contention Contention,
    Measurements Measurements,
    IReadOnlyList<TargetRow> Rows)
{
    public string? ResultsPath { get; set; }
}
