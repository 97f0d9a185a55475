namespace Dot.Tests.Domain.Reports;

/// <summary>
/// A seekable read-only stream of <c>head item (separator item)… tail</c> with <c>items</c> items, made up as it is
/// read: a report of any size in constant memory. The separator is for formats that need one between items (a JSON
/// array's comma); it can seek so that a parser that reads part of a report twice (the JSON ones) is measured on the
/// path it takes for a file.
/// </summary>
internal sealed class RepeatedReportStream : Stream
{
    private readonly byte[] _head;
    private readonly byte[] _item;
    private readonly byte[] _unit;
    private readonly byte[] _tail;
    private readonly long _items;
    private long _position;

    public RepeatedReportStream(byte[] head, byte[] item, long items, byte[] tail, byte[]? separator = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        _head = head;
        _item = item;
        _unit = [.. separator ?? [], .. item];
        _tail = tail;
        _items = items;
        Length = head.Length + (items == 0 ? 0 : item.Length + ((items - 1) * _unit.Length)) + tail.Length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            var (segment, at) = SegmentAt(_position);
            var chunk = Math.Min(buffer.Length - written, segment.Length - at);
            segment.AsSpan(at, chunk).CopyTo(buffer[written..]);
            written += chunk;
            _position += chunk;
        }

        return written;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The segment that holds the byte at <paramref name="position"/>, and where in it.</summary>
    private (byte[] Segment, int At) SegmentAt(long position)
    {
        if (position < _head.Length)
        {
            return (_head, (int)position);
        }

        position -= _head.Length;
        if (_items > 0)
        {
            if (position < _item.Length)
            {
                return (_item, (int)position);
            }

            position -= _item.Length;
            var units = (_items - 1) * _unit.Length;
            if (position < units)
            {
                return (_unit, (int)(position % _unit.Length));
            }

            position -= units;
        }

        return (_tail, (int)position);
    }
}
