namespace Dot.Tests.Domain.Reports;

/// <summary>
/// A read-only stream of head + item × count + tail, made as it is read: a report of any size in constant memory.
/// Items are joined by <paramref name="separator"/> when given (a JSON array's comma). It seeks only when made
/// <paramref name="seekable"/> (as a file does); otherwise it is read once, as a request body is.
/// </summary>
internal sealed class RepeatedReportStream(byte[] head, byte[] item, long items, byte[] tail, bool seekable = false, byte[]? separator = null)
    : Stream
{
    private readonly byte[] _separated = [.. separator ?? [], .. item];
    private readonly long _itemBytes = items == 0 ? 0 : item.Length + ((items - 1) * ((separator?.Length ?? 0) + item.Length));
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? ContentLength : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? _position : throw new NotSupportedException();
        set
        {
            if (!seekable)
            {
                throw new NotSupportedException();
            }

            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _position = value;
        }
    }

    private long ContentLength => head.Length + _itemBytes + tail.Length;

    /// <summary>The bytes given, as a stream that cannot seek.</summary>
    public static RepeatedReportStream Once(byte[] bytes) => new(bytes, [], 0, []);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < ContentLength)
        {
            var (segment, offset) = SegmentAt(_position);
            var chunk = Math.Min(buffer.Length - written, segment.Length - offset);
            segment.AsSpan(offset, chunk).CopyTo(buffer[written..]);
            written += chunk;
            _position += chunk;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => ContentLength + offset,
    };

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The segment that holds the byte at <paramref name="position"/>, and where in it: the first item stands alone, every later one after its separator.</summary>
    private (byte[] Segment, int Offset) SegmentAt(long position)
    {
        var inItems = position - head.Length;
        return inItems < 0 ? (head, (int)position)
            : inItems >= _itemBytes ? (tail, (int)(inItems - _itemBytes))
            : inItems < item.Length ? (item, (int)inItems)
            : (_separated, (int)((inItems - item.Length) % _separated.Length));
    }
}
