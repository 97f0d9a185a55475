using System.IO.Compression;
using Dot.Domain.IO;

namespace Dot.Domain.Intake;

/// <summary>
/// Inflates a gzip stream as it is read. A stream that inflates beyond the byte limit stops with
/// <see cref="UploadTooLargeException"/>; one that inflates more than the ratio limit allows (a gzip bomb) or is
/// corrupt stops with an <see cref="IntakeRefusalException"/> that names it.
/// </summary>
public sealed class GzipInflatingStream : ReadOnlyStream
{
    /// <summary>Below this many inflated bytes any ratio is fine: small, repetitive reports compress very well.</summary>
    private const long RatioFreeBytes = 1024 * 1024;

    private readonly CountingStream _compressed;
    private readonly GZipStream _gzip;
    private readonly string _name;
    private readonly int _maxRatio;
    private readonly long _maxBytes;
    private long _inflated;

    public GzipInflatingStream(Stream compressed, string name, int maxRatio, long maxBytes)
    {
        _compressed = new CountingStream(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress, leaveOpen: true);
        _name = name;
        _maxRatio = maxRatio;
        _maxBytes = maxBytes;
    }

    /// <summary>Whether content starts with gzip's magic bytes (RFC 1952: 1F 8B).</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head is [0x1F, 0x8B, ..];

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await _gzip.ReadAsync(buffer, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            throw Corrupt(exception);
        }
        return Account(read);
    }

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _gzip.Read(buffer);
        }
        catch (InvalidDataException exception)
        {
            throw Corrupt(exception);
        }
        return Account(read);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Account(int read)
    {
        _inflated += read;
        if (_inflated > _maxBytes)
        {
            throw new UploadTooLargeException(_maxBytes);
        }
        if (_inflated > RatioFreeBytes && _inflated > _compressed.BytesRead * _maxRatio)
        {
            throw new IntakeRefusalException(new IntakeRefusal(
                IntakeRefusalReason.UnsafeArchive, $"The gzip stream '{_name}' is compressed more than {_maxRatio}:1; it looks like a gzip bomb."));
        }
        return read;
    }

    private IntakeRefusalException Corrupt(InvalidDataException exception) =>
        new(new IntakeRefusal(IntakeRefusalReason.MalformedArchive, $"The gzip stream '{_name}' is corrupt: {exception.Message}"));

    private sealed class CountingStream(Stream inner) : ReadOnlyStream
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            BytesRead += read;
            return read;
        }
    }
}
