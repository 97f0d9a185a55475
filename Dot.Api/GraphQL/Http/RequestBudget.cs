namespace Dot.Api.GraphQL.Http;

/// <summary>
/// The time one GraphQL request may take (<c>GraphQL:RequestTimeoutSeconds</c>) joined with the client's own
/// cancellation: <see cref="Token"/> is cancelled by whichever comes first, and every stage (reading, validation,
/// execution) is given it.
/// </summary>
internal sealed class RequestBudget : IDisposable
{
    private readonly CancellationTokenSource _time;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _aborted;

    public RequestBudget(TimeSpan limit, TimeProvider clock, CancellationToken aborted)
    {
        _time = new CancellationTokenSource(limit, clock);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _time.Token);
        _aborted = aborted;
        Limit = limit;
    }

    public TimeSpan Limit { get; }

    public CancellationToken Token => _linked.Token;

    /// <summary>True when the time ran out while the client was still waiting.</summary>
    public bool IsSpent => _time.IsCancellationRequested && !_aborted.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _time.Dispose();
    }
}
