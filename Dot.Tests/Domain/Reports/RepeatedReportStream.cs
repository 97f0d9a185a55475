namespace Dot.Tests.Domain.Reports;

/// <summary>
/// A read-only stream of head + item × count + tail, made as it is read: a report of any size in constant memory.
/// </summary>
internal sealed class RepeatedReportStream(byte[] head, byte[] item, long items, byte[] tail) : Stream
{
    private long _itemsLeft = items;
    private byte[] _current = head;
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _current.Length > 0)
        {
            var chunk = Math.Min(buffer.Length - written, _current.Length - _offset);
            _current.AsSpan(_offset, chunk).CopyTo(buffer[written..]);
            written += chunk;
            _offset += chunk;
            if (_offset == _current.Length)
            {
                NextSegment();
            }
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void NextSegment()
    {
        _offset = 0;
        if (_itemsLeft > 0)
        {
            _itemsLeft--;
            _current = item;
        }
        else
        {
            _current = ReferenceEquals(_current, tail) ? [] : tail;
        }
    }
}
