namespace Dot.Api.Connectors;

/// <summary>Wakes this instance's scheduler when a connector is created or a run is asked for, instead of at its next poll.</summary>
public sealed class ConnectorSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Wake"/>; taken before looking for due connectors, so a wake in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Wake() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
