using System.Security.Cryptography;
using Amazon.S3.Model;
using Dot.Domain.Identifiers;
using Dot.Domain.Uploads;
using Dot.Storage.Aws.S3;
using Dot.Tests.Storage.Contracts;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Aws;

/// <summary>The raw store contract against S3 on s3rver, plus what only S3 shows: the key layout, parts, the checksum.</summary>
[Collection(AwsEmulatorsGroup.Name)]
public sealed class S3RawStoreContractTests(AwsEmulators aws)
    : RawStoreContract(new S3RawStore(aws.SharedClients, Options.Create(aws.Shared)))
{
    private readonly S3RawStore _store = new(aws.SharedClients, Options.Create(aws.Shared));

    [Fact]
    public async Task AFileLargerThanAPart_IsSentInParts_AndKeptUnderItsTenantsKeyWithItsChecksum()
    {
        var key = NewKey();
        var content = RandomNumberGenerator.GetBytes((2 * S3RawStore.PartSize) + 1234);

        using (var source = new MemoryStream(content))
        {
            Assert.Equal(content.Length, await _store.WriteAsync(key, source, CancellationToken.None));
        }

        var objectKey = $"tenants/{key.TenantId}/datasets/{key.DatasetId}/uploads/{key.UploadId}/0";
        var tags = await aws.SharedClients.S3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = aws.Shared.BucketName, Key = objectKey });
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), Assert.Single(tags.Tagging).Value);
        Assert.Equal(content, await ReadAsync(key));
    }

    [Fact]
    public async Task AFileChangedBehindTheStoresBack_FailsItsChecksumOnRead()
    {
        var key = NewKey();
        using (var source = new MemoryStream([1, 2, 3]))
        {
            await _store.WriteAsync(key, source, CancellationToken.None);
        }
        var objectKey = $"tenants/{key.TenantId}/datasets/{key.DatasetId}/uploads/{key.UploadId}/0";
        var tampered = new PutObjectRequest { BucketName = aws.Shared.BucketName, Key = objectKey, ContentBody = "\u0001\u0002\u0004", UseChunkEncoding = false };
        tampered.Metadata["sha256"] = Convert.ToHexStringLower(SHA256.HashData(new byte[] { 1, 2, 3 }));
        await aws.SharedClients.S3.PutObjectAsync(tampered);

        var failure = await Assert.ThrowsAsync<IOException>(() => ReadAsync(key));

        Assert.Contains("checksum", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASourceFailingAfterTheFirstPart_LeavesNoObject()
    {
        var key = NewKey();
        await using var source = new FailingAfter(S3RawStore.PartSize + 10);

        await Assert.ThrowsAsync<IOException>(() => _store.WriteAsync(key, source, CancellationToken.None));

        await Assert.ThrowsAnyAsync<IOException>(() => ReadAsync(key));
    }

    private static RawFileKey NewKey() => new(OpaqueId.New("ten"), OpaqueId.New("dst"), OpaqueId.New("upl"), 0);

    private async Task<byte[]> ReadAsync(RawFileKey key)
    {
        await using var stream = await _store.OpenReadAsync(key, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Zeros up to a point, then a dropped connection: a large request body cut off mid-way.</summary>
    private sealed class FailingAfter(int bytes) : Stream
    {
        private int _left = bytes;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_left == 0)
            {
                throw new IOException("The connection was reset.");
            }
            var n = Math.Min(count, _left);
            Array.Clear(buffer, offset, n);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
