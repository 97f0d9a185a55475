using Dot.Domain.Results;

namespace Dot.Domain.Uploads;

/// <summary>Port: upload records, each scoped to its tenant.</summary>
public interface IUploadStore
{
    /// <summary>
    /// Stores <paramref name="upload"/> unless the dataset already has the same upload; then returns that one and
    /// stores nothing. With an idempotency key, the same upload is the one with that key, whatever its bytes. Without
    /// one, it is an upload without a key with the same bytes and the same run key (both absent counting as the same):
    /// a retried request. A different run key or a different idempotency key says it is a new request, so the same
    /// bytes then make a new upload.
    /// </summary>
    Task<(Upload Upload, bool Created)> CreateOrGetExistingAsync(Upload upload, CancellationToken cancellationToken);

    Task<Upload?> FindAsync(string tenantId, string uploadId, CancellationToken cancellationToken);

    /// <summary>A page of a dataset's uploads, newest first, after the upload with id <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<Upload>> ListAsync(string tenantId, string datasetId, int limit, string? afterId, CancellationToken cancellationToken);

    /// <summary>
    /// The dataset's finished uploads received before <paramref name="before"/>, oldest first, at most
    /// <paramref name="limit"/>: what retention removes next. Unfinished uploads are left to the worker.
    /// </summary>
    Task<IReadOnlyList<Upload>> ListFinishedBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken);

    /// <summary>Removes the upload record; false when it is unknown or another tenant's.</summary>
    Task<bool> DeleteAsync(string tenantId, string uploadId, CancellationToken cancellationToken);

    /// <summary>
    /// Puts a finished upload (SUCCEEDED or FAILED) back to QUEUED, to be processed again from its raw files (its
    /// counts and errors stay until then); false when it is not finished, unknown or another tenant's.
    /// </summary>
    Task<bool> RequeueAsync(string tenantId, string uploadId, CancellationToken cancellationToken);

    Task MarkProcessingAsync(string tenantId, string uploadId, CancellationToken cancellationToken);

    /// <summary>Records success: the files with their own counts, the totals and the warnings.</summary>
    Task MarkSucceededAsync(string tenantId, string uploadId, IReadOnlyList<UploadFile> files, ReportCounts counts, IReadOnlyList<string> warnings, DateTimeOffset at, CancellationToken cancellationToken);

    Task MarkFailedAsync(string tenantId, string uploadId, IReadOnlyList<UploadProblem> errors, DateTimeOffset at, CancellationToken cancellationToken);
}
