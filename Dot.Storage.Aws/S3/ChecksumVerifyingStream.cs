using System.Security.Cryptography;

namespace Dot.Storage.Aws.S3;

/// <summary>
/// Reads an object and hashes what it reads; at the end it compares the SHA-256 with the one stored beside the
/// object and throws when they differ, so a reader never takes a damaged file for a whole one.
/// </summary>
internal sealed class ChecksumVerifyingStream(Stream inner, string expectedSha256, IDisposable owner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _verified;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        return Hashed(buffer[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Hashed(buffer.Span[..read]);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            inner.Dispose();
            owner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Hashed(ReadOnlySpan<byte> read)
    {
        if (read.Length > 0)
        {
            _hash.AppendData(read);
        }
        else if (!_verified)
        {
            _verified = true;
            if (Convert.ToHexStringLower(_hash.GetHashAndReset()) != expectedSha256)
            {
                throw new IOException("The raw file does not match its stored SHA-256 checksum.");
            }
        }
        return read.Length;
    }
}
