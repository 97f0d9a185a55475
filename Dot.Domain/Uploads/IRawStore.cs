namespace Dot.Domain.Uploads;

/// <summary>Port: the raw store, where report files are written durably before anything else happens to them.</summary>
public interface IRawStore
{
    /// <summary>Writes the whole stream under the key; the file is visible only once complete. Returns its size.</summary>
    Task<long> WriteAsync(RawFileKey key, Stream content, CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(RawFileKey key, CancellationToken cancellationToken);

    /// <summary>Removes every file of the upload; nothing happens when there is none.</summary>
    Task DeleteUploadAsync(string tenantId, string datasetId, string uploadId, CancellationToken cancellationToken);
}
