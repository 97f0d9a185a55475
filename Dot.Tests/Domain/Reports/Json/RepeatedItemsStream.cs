using System.Text;

namespace Dot.Tests.Domain.Reports.Json;

/// <summary>
/// A seekable read-only stream of <c>head item,item,…,item tail</c>, made up as it is read: a report of any size
/// that costs no memory, to show that a parser's memory stays flat.
/// </summary>
internal sealed class RepeatedItemsStream : Stream
{
    private readonly byte[] _head;
    private readonly byte[] _item;
    private readonly byte[] _unit;
    private readonly byte[] _tail;
    private readonly long _count;
    private long _position;

    public RepeatedItemsStream(string head, string item, long count, string tail)
    {
        _head = Encoding.UTF8.GetBytes(head);
        _item = Encoding.UTF8.GetBytes(item);
        _unit = Encoding.UTF8.GetBytes("," + item);
        _tail = Encoding.UTF8.GetBytes(tail);
        _count = count;
        Length = _head.Length + _item.Length + ((count - 1) * _unit.Length) + _tail.Length;
    }

    /// <summary>How many items are needed to make the stream at least <paramref name="bytes"/> long.</summary>
    public static long ItemsFor(long bytes, string item) => (bytes / (Encoding.UTF8.GetByteCount(item) + 1)) + 1;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, Length);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < Length)
        {
            var (segment, at) = SegmentAt(_position);
            var length = Math.Min(count - written, segment.Length - at);
            segment.AsSpan(at, length).CopyTo(buffer.AsSpan(offset + written));
            written += length;
            _position += length;
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

    private (byte[] Segment, int At) SegmentAt(long position)
    {
        if (position < _head.Length)
        {
            return (_head, (int)position);
        }

        position -= _head.Length;
        if (position < _item.Length)
        {
            return (_item, (int)position);
        }

        position -= _item.Length;
        var units = (_count - 1) * _unit.Length;
        return position < units ? (_unit, (int)(position % _unit.Length)) : (_tail, (int)(position - units));
    }
}
