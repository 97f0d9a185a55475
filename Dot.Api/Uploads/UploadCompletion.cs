using System.Collections.Concurrent;

namespace Dot.Api.Uploads;

/// <summary>Lets a request that asked to <c>wait</c> learn when its upload has been processed.</summary>
public sealed class UploadCompletion
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>Returns once the upload is finished or the timeout passes, whichever is first.</summary>
    public async Task WaitAsync(string uploadId, Func<Task<bool>> isFinished, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(uploadId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (await isFinished())
        {
            _waiters.TryRemove(uploadId, out _);
            return;
        }
        try
        {
            await waiter.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The caller answers 202 with the status so far.
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
