using Dot.Domain.Results;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// An upload's results waiting for the writer: its documents (read ahead by the caller) and the caller's
/// cancellation, and the task the caller awaits, which the writer that takes it completes with the number of rows
/// stored or with what failed this upload alone (<see cref="DuckDbGroupedReplacement"/>).
/// </summary>
internal sealed class DuckDbQueuedUpload(string tenantId, string uploadId, IEnumerable<TestResultDocument> documents, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource<long> _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string TenantId { get; } = tenantId;

    public string UploadId { get; } = uploadId;

    public IEnumerable<TestResultDocument> Documents { get; } = documents;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public Task<long> Written => _written.Task;

    public void Succeed(long stored) => _written.TrySetResult(stored);

    public void Fail(Exception exception) => _written.TrySetException(exception);
}
