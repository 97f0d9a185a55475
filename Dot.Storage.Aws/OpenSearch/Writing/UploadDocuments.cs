namespace Dot.Storage.Aws.OpenSearch.Writing;

/// <summary>Reads an upload's documents into a spool, checking each belongs to the upload and stopping when cancelled.</summary>
internal static class UploadDocuments
{
    private const int CancellationCheckInterval = 4096;

    public static DocumentSpool<TSource> Spool<TDocument, TSource>(
        string tenantId, string uploadId, IEnumerable<TDocument> documents, Func<TDocument, (string TenantId, string UploadId)> ownerOf,
        Func<TDocument, int, TSource> toSource, CancellationToken cancellationToken)
        where TDocument : class
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(uploadId);
        ArgumentNullException.ThrowIfNull(documents);
        var spool = new DocumentSpool<TSource>();
        try
        {
            foreach (var document in documents)
            {
                if (spool.Count % CancellationCheckInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (document is null || ownerOf(document) != (tenantId, uploadId))
                {
                    throw new ArgumentException(
                        $"Document {spool.Count} is null or belongs to another tenant or upload than the one being replaced.", nameof(documents));
                }
                spool.Add(toSource(document, spool.Count));
            }
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }
}
