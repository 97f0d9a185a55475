using Dot.Domain.Results;
using Dot.Domain.Uploads;

namespace Dot.Tests.Api.Http;

/// <summary>An upload store whose disk has failed (every call throws, with a server path in the message), or that fails with the exception given.</summary>
public sealed class BrokenUploadStore(Exception? failure = null) : IUploadStore
{
    public const string SecretPath = "/var/lib/dot-secret/config.db";

    public BrokenUploadStore()
        : this(null)
    {
    }

    public Task<(Upload Upload, bool Created)> CreateOrGetExistingAsync(Upload upload, CancellationToken cancellationToken) => throw Failure();

    public Task<Upload?> FindAsync(string tenantId, string uploadId, CancellationToken cancellationToken) => throw Failure();

    public Task<IReadOnlyList<Upload>> ListAsync(string tenantId, string datasetId, int limit, string? afterId, CancellationToken cancellationToken) => throw Failure();

    public Task<IReadOnlyList<Upload>> ListFinishedBeforeAsync(string tenantId, string datasetId, DateTimeOffset before, int limit, CancellationToken cancellationToken) => throw Failure();

    public Task<bool> DeleteAsync(string tenantId, string uploadId, CancellationToken cancellationToken) => throw Failure();

    public Task<bool> RequeueAsync(string tenantId, string uploadId, CancellationToken cancellationToken) => throw Failure();

    public Task MarkProcessingAsync(string tenantId, string uploadId, CancellationToken cancellationToken) => throw Failure();

    public Task MarkSucceededAsync(string tenantId, string uploadId, IReadOnlyList<UploadFile> files, ReportCounts counts, IReadOnlyList<string> warnings, DateTimeOffset at, CancellationToken cancellationToken) => throw Failure();

    public Task MarkFailedAsync(string tenantId, string uploadId, IReadOnlyList<UploadProblem> errors, DateTimeOffset at, CancellationToken cancellationToken) => throw Failure();

    private Exception Failure() => failure ?? new IOException($"disk I/O error in {SecretPath}");
}
