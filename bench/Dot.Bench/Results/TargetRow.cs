namespace Dot.Bench.Results;

/// <summary>
/// One line of the results table: a DESIGN section 8 target, what this run measured, the baseline measured in the
/// same run, and whether the target holds. <see cref="Value"/> and <see cref="BaselineValue"/> are in <see cref="Unit"/>.
/// </summary>
public sealed record TargetRow(
    string Benchmark,
    string What,
    string Target,
    string Measured,
    string Baseline,
    bool? Holds,
    double? Value,
    double? BaselineValue,
    string Unit)
{
    public string HoldsText => Holds switch { true => "PASS", false => "MISS", null => "n/a" };
}
