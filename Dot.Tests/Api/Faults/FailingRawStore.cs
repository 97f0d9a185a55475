using Dot.Domain.Uploads;

namespace Dot.Tests.Api.Faults;

/// <summary>A raw store whose every write fails as given (a full disk, an unavailable S3); reads and deletes work.</summary>
internal sealed class FailingRawStore(IRawStore inner, Exception failure) : IRawStore
{
    public Task<long> WriteAsync(RawFileKey key, Stream content, CancellationToken cancellationToken) => throw failure;

    public Task<Stream> OpenReadAsync(RawFileKey key, CancellationToken cancellationToken) => inner.OpenReadAsync(key, cancellationToken);

    public Task DeleteUploadAsync(string tenantId, string datasetId, string uploadId, CancellationToken cancellationToken) =>
        inner.DeleteUploadAsync(tenantId, datasetId, uploadId, cancellationToken);
}
