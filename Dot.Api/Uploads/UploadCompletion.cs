using System.Collections.Concurrent;

namespace Dot.Api.Uploads;

/// <summary>
/// Lets a request that asked to <c>wait</c> learn when its upload has been processed: at once when a worker of this
/// instance finished it, or at the next look at the store (every <see cref="StorePoll"/>) when a worker of another
/// instance on the same stores did.
/// </summary>
public sealed class UploadCompletion(TimeProvider clock)
{
    private static readonly TimeSpan StorePoll = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>Returns once the upload is finished or the timeout passes, whichever is first.</summary>
    public async Task WaitAsync(string uploadId, Func<Task<bool>> isFinished, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(isFinished);
        var waiter = _waiters.GetOrAdd(uploadId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var started = clock.GetTimestamp();
        try
        {
            while (!await isFinished())
            {
                var left = timeout - clock.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    return; // The caller answers 202 with the status so far.
                }
                try
                {
                    await waiter.Task.WaitAsync(left < StorePoll ? left : StorePoll, clock, cancellationToken);
                    return;
                }
                catch (TimeoutException)
                {
                    // Another instance's worker may have finished it: look at the store again.
                }
            }
        }
        finally
        {
            _waiters.TryRemove(KeyValuePair.Create(uploadId, waiter));
        }
    }

    public void Complete(string uploadId)
    {
        if (_waiters.TryRemove(uploadId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
