namespace Dot.Domain.Results;

/// <summary>Test executions counted by outcome.</summary>
public sealed record TestSummary(long Total, long Passed, long Failed, long Errored, long Skipped)
{
    public static readonly TestSummary Empty = new(0, 0, 0, 0, 0);

    /// <summary>Passed over executed (skipped tests do not count); null when nothing was executed.</summary>
    public double? PassRate
    {
        get
        {
            var executed = Passed + Failed + Errored;
            return executed == 0 ? null : (double)Passed / executed;
        }
    }
}
