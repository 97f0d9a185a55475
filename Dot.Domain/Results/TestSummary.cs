
namespace Dot.Domain.Results;

/// <summary>Test executions counted by outcome.</summary>
public sealed record TestSummary(long Total, long Passed, long Failed, long Errored, long Skipped)
{
    public static readonly TestSummary Empty = new(0, 0, 0, 0, 0);

    /// <summary>These counts and <paramref name="count"/> more executions with <paramref name="status"/>.</summary>
    public TestSummary Add(TestStatus status, long count) => status switch
    {
        TestStatus.Passed => this with { Total = Total + count, Passed = Passed + count },
        TestStatus.Failed => this with { Total = Total + count, Failed = Failed + count },
        TestStatus.Errored => this with { Total = Total + count, Errored = Errored + count },
        TestStatus.Skipped => this with { Total = Total + count, Skipped = Skipped + count },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown test status."),
    };

    /// <summary>These counts and <paramref name="other"/>'s together.</summary>
    public TestSummary Plus(TestSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Total + other.Total, Passed + other.Passed, Failed + other.Failed, Errored + other.Errored, Skipped + other.Skipped);
    }

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
