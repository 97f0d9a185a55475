namespace Dot.Tests.Domain.Reports;

/// <summary>
/// A read-only stream of head + item × count + tail, made as it is read: a report of any size in constant memory.
/// It seeks only when made <paramref name="seekable"/> (as a file does); otherwise it is read once, as a request body is.
/// </summary>
internal sealed class RepeatedReportStream(byte[] head, byte[] item, long items, byte[] tail, bool seekable = false) : Stream
{
    private readonly long _length = head.Length + (item.Length * items) + tail.Length;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? _length : throw new NotSupportedException();

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

    /// <summary>The bytes given, as a stream that cannot seek.</summary>
    public static RepeatedReportStream Once(byte[] bytes) => new(bytes, [], 0, []);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < _length)
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
        _ => _length + offset,
    };

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private (byte[] Segment, int Offset) SegmentAt(long position)
    {
        var inItems = position - head.Length;
        var itemBytes = item.Length * items;
        return inItems < 0 ? (head, (int)position)
            : inItems < itemBytes ? (item, (int)(inItems % item.Length))
            : (tail, (int)(inItems - itemBytes));
    }
}
