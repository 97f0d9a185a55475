using Dot.Domain.Results;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// Tells a flaky pass: a result that passed after an earlier result of the same test (<see cref="TrxRetryKey"/>) in the
/// same report failed or errored. Only failed tests are remembered, with their first failure message while the messages
/// kept stay within <see cref="MessageBudget"/> characters in all (past it, a flaky pass carries no message), so a report
/// in which everything fails with long messages does not keep them all.
/// </summary>
internal sealed class TrxRetries
{
    /// <summary>How many characters of first failure messages are kept, in all: 1 M characters, 2 MB.</summary>
    public const int MessageBudget = 1 << 20;

    private readonly Dictionary<TrxRetryKey, string?> _firstFailures = [];
    private int _budgetLeft = MessageBudget;

    /// <summary>Records the result; true when it is a pass after a failure, with the first failure's message if it was kept.</summary>
    public bool IsFlakyPass(TrxRetryKey key, TestStatus status, string? message, out string? firstFailureMessage)
    {
        firstFailureMessage = null;
        switch (status)
        {
            case TestStatus.Failed or TestStatus.Errored:
                Remember(key, message);
                return false;
            case TestStatus.Passed:
                return _firstFailures.Count > 0 && _firstFailures.TryGetValue(key, out firstFailureMessage);
            default:
                return false;
        }
    }

    private void Remember(TrxRetryKey key, string? message)
    {
        var kept = message is not null && message.Length <= _budgetLeft ? message : null;
        if (_firstFailures.TryAdd(key, kept) && kept is not null)
        {
            _budgetLeft -= kept.Length;
        }
    }
}
