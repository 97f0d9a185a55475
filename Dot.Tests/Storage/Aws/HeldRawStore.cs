using Dot.Domain.Uploads;

namespace Dot.Tests.Storage.Aws;

/// <summary>
/// A raw store whose reads never return: a worker that reads through it is stuck mid-upload, holding its job's lease,
/// and never resumes, as if its instance had been killed. <paramref name="entered"/> tells the test it got there.
/// </summary>
internal sealed class HeldRawStore(IRawStore inner, TaskCompletionSource entered) : IRawStore
{
    public Task<long> WriteAsync(RawFileKey key, Stream content, CancellationToken cancellationToken) => inner.WriteAsync(key, content, cancellationToken);

    public Task<Stream> OpenReadAsync(RawFileKey key, CancellationToken cancellationToken)
    {
        entered.TrySetResult();
        return new TaskCompletionSource<Stream>().Task;
    }

    public Task DeleteUploadAsync(string tenantId, string datasetId, string uploadId, CancellationToken cancellationToken) =>
        inner.DeleteUploadAsync(tenantId, datasetId, uploadId, cancellationToken);
}
