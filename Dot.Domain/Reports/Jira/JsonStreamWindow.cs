namespace Dot.Domain.Reports.Jira;

/// <summary>
/// A sliding window over a UTF-8 stream for <see cref="System.Text.Json.Utf8JsonReader"/>: the bytes read but not yet
/// consumed. Refilling drops what is consumed, and grows the window only when what is pending fills it, up to a
/// maximum length. Knows the line and column (in bytes, as System.Text.Json counts them) of every byte it still holds.
/// A UTF-8 byte order mark at the start is skipped; it counts in offsets but not in columns.
/// </summary>
internal sealed class JsonStreamWindow(Stream stream, int maxLength)
{
    private const int InitialLength = 64 * 1024;

    private byte[] _buffer = new byte[Math.Min(InitialLength, maxLength)];
    private int _start;
    private int _end;
    private long _dropped;
    private int _droppedLines;
    private long _lineStart;
    private bool _begun;

    /// <summary>The bytes read and not yet consumed.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The offset in the stream of the first pending byte.</summary>
    public long PendingOffset => _dropped + _start;

    /// <summary>True once the stream has ended: <see cref="Pending"/> is all there is.</summary>
    public bool IsFinalBlock { get; private set; }

    public void Consume(long count) => _start += checked((int)count);

    /// <summary>Reads more. False when the pending bytes fill the window at its maximum length, so nothing more fits.</summary>
    public bool TryRefill()
    {
        if (_start > 0)
        {
            Drop(_start);
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxLength)
            {
                return false;
            }

            var bigger = new byte[Math.Min(_buffer.Length * 2L, maxLength)];
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            _buffer = bigger;
        }

        int read;
        do
        {
            read = stream.Read(_buffer.AsSpan(_end));
            _end += read;
        }
        while (read > 0 && _end < _buffer.Length);

        IsFinalBlock = read == 0;
        if (!_begun)
        {
            SkipByteOrderMark();
        }

        return true;
    }

    /// <summary>The 1-based line and column of a byte still held (pending, or consumed since the last refill).</summary>
    public (int Line, int Column) PositionOf(long offset)
    {
        var before = _buffer.AsSpan(0, checked((int)(offset - _dropped)));
        var last = before.LastIndexOf((byte)'\n');
        var lineStart = last >= 0 ? _dropped + last + 1 : _lineStart;
        return (_droppedLines + before.Count((byte)'\n') + 1, Clamp(offset - lineStart + 1));
    }

    /// <summary>The offset of a 1-based line and 0-based byte in it, as a <see cref="System.Text.Json.JsonException"/> gives them.</summary>
    public long OffsetOf(long line, long bytePositionInLine)
    {
        var lineStart = _lineStart;
        var index = 0;
        for (var current = _droppedLines + 1L; current < line; current++)
        {
            var next = _buffer.AsSpan(index, _end - index).IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            index += next + 1;
            lineStart = _dropped + index;
        }

        return lineStart + bytePositionInLine;
    }

    public static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);

    private void Drop(int length)
    {
        var dropped = _buffer.AsSpan(0, length);
        var last = dropped.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _droppedLines += dropped.Count((byte)'\n');
            _lineStart = _dropped + last + 1;
        }

        _dropped += length;
        _buffer.AsSpan(length, _end - length).CopyTo(_buffer);
        _end -= length;
        _start -= length;
    }

    private void SkipByteOrderMark()
    {
        _begun = true;
        if (_buffer.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
            Drop(3);
            _lineStart = _dropped;
        }
    }
}
