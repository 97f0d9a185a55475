using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Dot.Domain.Uploads;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Aws.S3;

/// <summary>
/// The raw store in S3 (<see cref="S3Keys"/>), encrypted with the configured KMS key (SSE-KMS). A file is sent in
/// parts of <see cref="PartSize"/>, so at most one part is in memory: one part is one <c>PutObject</c>, more are a
/// multipart upload, aborted when the source fails, so nothing half-written is ever visible. The SHA-256 of the bytes
/// is kept as the object's metadata <c>sha256</c> (a tag of that name for a multipart object) and checked when
/// the file is read to its end.
/// </summary>
public sealed class S3RawStore(AwsClients clients, IOptions<AwsStorageOptions> options) : IRawStore
{
    /// <summary>S3's smallest part is 5 MiB; 8 MiB keeps the memory of one upload small and the part count low.</summary>
    public const int PartSize = 8 * 1024 * 1024;

    private const string ChecksumMetadata = "sha256";

    private readonly string _bucket = options.Value.BucketName ?? throw new InvalidOperationException("Storage:Aws:BucketName is required.");
    private readonly string? _kmsKeyId = options.Value.KmsKeyId;

    private IAmazonS3 S3 => clients.S3;

    public async Task<long> WriteAsync(RawFileKey key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var objectKey = S3Keys.Of(key);
        var buffer = ArrayPool<byte>.Shared.Rent(PartSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, PartSize), PartSize, throwOnEndOfStream: false, cancellationToken);
            hash.AppendData(buffer, 0, read);
            if (read < PartSize)
            {
                await PutAsync(objectKey, buffer, read, Convert.ToHexStringLower(hash.GetHashAndReset()), cancellationToken);
                return read;
            }
            return await PutInPartsAsync(objectKey, content, buffer, read, hash, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<Stream> OpenReadAsync(RawFileKey key, CancellationToken cancellationToken)
    {
        var objectKey = S3Keys.Of(key);
        GetObjectResponse response;
        try
        {
            response = await S3.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = objectKey }, cancellationToken);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException("The raw file is not in the raw store.", objectKey, exception);
        }
        var checksum = response.Metadata[ChecksumMetadata];
        if (string.IsNullOrEmpty(checksum))
        {
            checksum = await TaggedChecksumAsync(objectKey, cancellationToken);
        }
        if (string.IsNullOrEmpty(checksum))
        {
            response.Dispose();
            throw new IOException("The raw file has no stored SHA-256 checksum.");
        }
        return new ChecksumVerifyingStream(response.ResponseStream, checksum, response);
    }

    public async Task DeleteUploadAsync(string tenantId, string datasetId, string uploadId, CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = S3Keys.UploadPrefix(tenantId, datasetId, uploadId) };
        do
        {
            var listed = await S3.ListObjectsV2Async(request, cancellationToken);
            var objects = listed.S3Objects ?? [];
            if (objects.Count > 0)
            {
                await S3.DeleteObjectsAsync(
                    new DeleteObjectsRequest { BucketName = _bucket, Objects = objects.Select(o => new KeyVersion { Key = o.Key }).ToList() },
                    cancellationToken);
            }
            request.ContinuationToken = listed.IsTruncated == true ? listed.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);
    }

    private async Task PutAsync(string objectKey, byte[] buffer, int length, string sha256, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(buffer, 0, length, writable: false);
        var request = new PutObjectRequest { BucketName = _bucket, Key = objectKey, InputStream = body, AutoCloseStream = false, UseChunkEncoding = false };
        request.Metadata[ChecksumMetadata] = sha256;
        Encrypt(request);
        await S3.PutObjectAsync(request, cancellationToken);
    }

    private async Task<long> PutInPartsAsync(string objectKey, Stream content, byte[] buffer, int firstPart, IncrementalHash hash, CancellationToken cancellationToken)
    {
        var initiate = new InitiateMultipartUploadRequest { BucketName = _bucket, Key = objectKey };
        if (_kmsKeyId is not null)
        {
            initiate.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            initiate.ServerSideEncryptionKeyManagementServiceKeyId = _kmsKeyId;
        }
        var uploadId = (await S3.InitiateMultipartUploadAsync(initiate, cancellationToken)).UploadId;
        try
        {
            var parts = new List<PartETag>();
            long total = 0;
            var read = firstPart;
            while (read > 0)
            {
                using (var body = new MemoryStream(buffer, 0, read, writable: false))
                {
                    var part = await S3.UploadPartAsync(
                        new UploadPartRequest { BucketName = _bucket, Key = objectKey, UploadId = uploadId, PartNumber = parts.Count + 1, InputStream = body, UseChunkEncoding = false },
                        cancellationToken);
                    parts.Add(new PartETag(parts.Count + 1, part.ETag));
                }
                total += read;
                read = await content.ReadAtLeastAsync(buffer.AsMemory(0, PartSize), PartSize, throwOnEndOfStream: false, cancellationToken);
                hash.AppendData(buffer, 0, read);
            }
            await S3.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest { BucketName = _bucket, Key = objectKey, UploadId = uploadId, PartETags = parts }, cancellationToken);
            await RecordChecksumAsync(objectKey, Convert.ToHexStringLower(hash.GetHashAndReset()), cancellationToken);
            return total;
        }
        catch
        {
            await AbortAsync(objectKey, uploadId);
            throw;
        }
    }

    /// <summary>
    /// Drops the parts sent and anything completed before the failure. The first failure is the one the caller
    /// hears of: a failed abort leaves parts that are never visible as an object, and that the bucket's lifecycle rule
    /// for incomplete multipart uploads removes (README, AWS mode).
    /// </summary>
    private async Task AbortAsync(string objectKey, string uploadId)
    {
        try
        {
            await S3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = _bucket, Key = objectKey, UploadId = uploadId }, CancellationToken.None);
        }
        catch (AmazonS3Exception)
        {
            // Left to the lifecycle rule, as said above.
        }
        await S3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = _bucket, Key = objectKey }, CancellationToken.None);
    }

    /// <summary>
    /// A multipart object's metadata is fixed when it starts, before its hash is known, so its checksum is its tag
    /// <c>sha256</c> instead (a copy onto itself would set the metadata, at the price of copying the whole object).
    /// </summary>
    private async Task RecordChecksumAsync(string objectKey, string sha256, CancellationToken cancellationToken) =>
        await S3.PutObjectTaggingAsync(
            new PutObjectTaggingRequest { BucketName = _bucket, Key = objectKey, Tagging = new Tagging { TagSet = [new Tag { Key = ChecksumMetadata, Value = sha256 }] } },
            cancellationToken);

    private async Task<string?> TaggedChecksumAsync(string objectKey, CancellationToken cancellationToken)
    {
        var tags = await S3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = _bucket, Key = objectKey }, cancellationToken);
        return tags.Tagging?.FirstOrDefault(t => t.Key == ChecksumMetadata)?.Value;
    }

    private void Encrypt(PutObjectRequest request)
    {
        if (_kmsKeyId is not null)
        {
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            request.ServerSideEncryptionKeyManagementServiceKeyId = _kmsKeyId;
        }
    }
}
