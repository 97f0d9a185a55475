using Dot.Domain.Analytics;
using Dot.Domain.Results;

namespace Dot.Tests.Storage.DuckDb;

/// <summary>
/// Makes the embedded store write uploads as one group: an upload of its own (in a tenant of its own) holds the
/// writer half-way through its documents while the writes are queued behind it, then lets go.
/// </summary>
public static class WriterHold
{
    // More documents than the store reads ahead of its writer (8 chunks of 1,024): asking for the next one after
    // these proves the writer holds the upload and is storing it.
    private const int PastTheReadAhead = 12 * 1024;

    /// <summary>Starts every write while the writer is held; the tasks, each completed.</summary>
    public static async Task<IReadOnlyList<Task<long>>> WriteTogetherAsync(IAnalyticsWriter store, IEnumerable<Func<Task<long>>> writes)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(writes);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = UploadScope.New();
        var held = Task.Run(() => store.ReplaceUploadResultsAsync(holder.TenantId, holder.UploadId, Held(holder, holding, release.Task), CancellationToken.None));
        await holding.Task;
        var queued = writes.Select(write => write()).ToList();
        release.SetResult();
        await held;
        await Task.WhenAny(Task.WhenAll(queued));
        return queued;
    }

    private static IEnumerable<TestResultDocument> Held(UploadScope holder, TaskCompletionSource holding, Task release)
    {
        foreach (var result in holder.Results(TestStatus.Passed, PastTheReadAhead))
        {
            yield return result;
        }
        holding.SetResult();
        release.Wait();
    }
}
