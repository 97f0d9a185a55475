namespace Dot.Api.Uploads;

/// <summary>Wakes this instance's idle upload workers as soon as a job is queued here, instead of at their next poll.</summary>
public sealed class UploadJobSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next <see cref="Wake"/>. Taken before looking for work, so a wake in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Wake() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
