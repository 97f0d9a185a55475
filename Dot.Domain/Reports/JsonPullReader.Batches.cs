using System.Text.Json;

namespace Dot.Domain.Reports;

/// <summary>
/// The buffering half of <see cref="JsonPullReader"/>: the stream is read into a buffer that grows only to hold one
/// token (or the value <see cref="ReadDocument"/> pins), one <see cref="Utf8JsonReader"/> reads up to
/// <see cref="BatchLength"/> tokens of it at a time (making one per token would cost more than the reading), and the
/// bytes it has read are let go of, their lines counted. An error is held until the tokens before it have been taken,
/// so a parser yields what came before it first.
/// </summary>
internal sealed partial class JsonPullReader
{
    private const int InitialBufferLength = 64 * 1024;

    private const int BatchLength = 256;

    private readonly JsonToken[] _tokens = new JsonToken[BatchLength];
    private byte[] _buffer;
    private int _end;
    private long _bufferOffset;
    private long _origin;
    private bool _final;
    private bool _begun;
    private bool _anyToken;
    private JsonLines _lines;

    // The batch: tokens read by one Utf8JsonReader, from _batchStart (in state _batchState) to _resume (in state _resumeState).
    private int _batchStart;
    private JsonReaderState _batchState;
    private int _resume;
    private JsonReaderState _resumeState;
    private int _count;
    private int _next;
    private int _index;
    private JsonException? _pendingError;

    // The value ReadDocument is reading: its first byte (-1 when none), kept in the buffer up to its limit.
    private long _pinned = -1;
    private int _pinnedLimit;
    private string? _pinnedTooLarge;

    /// <summary>
    /// Where the reader is, to come back to with <see cref="Rewind"/>: just after the current token. Only for a depth
    /// of at most <see cref="DefaultMaxDepth"/>: deeper, a saved reader state shares its stack with the live one.
    /// </summary>
    public JsonMark Mark()
    {
        if (_options.MaxDepth > DefaultMaxDepth)
        {
            throw new InvalidOperationException($"A reader deeper than {DefaultMaxDepth} cannot mark.");
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_batchStart, _end - _batchStart), _final, _batchState);
        for (var i = 0; i <= _index; i++)
        {
            reader.Read();
        }

        var after = _batchStart + (int)reader.BytesConsumed;
        return new JsonMark(_bufferOffset + after, reader.CurrentState, _lines.Advance(_buffer.AsSpan(0, after), _bufferOffset));
    }

    /// <summary>Goes back (or forward) to a <see cref="Mark"/>; the next <see cref="Read"/> reads the token after it.</summary>
    public void Rewind(JsonMark mark)
    {
        if (!CanRewind)
        {
            throw new InvalidOperationException("The stream cannot seek.");
        }

        _stream.Position = _origin + mark.Offset;
        _bufferOffset = mark.Offset;
        _end = _resume = _count = _next = 0;
        _final = false;
        _pendingError = null;
        _resumeState = mark.State;
        _lines = mark.Lines;
        TokenType = JsonTokenType.None;
    }

    /// <summary>Reads the next batch of tokens and takes its first; an error is thrown once the tokens before it are taken.</summary>
    private bool ReadBatch()
    {
        if (!_begun)
        {
            Begin();
        }

        while (true)
        {
            if (_pendingError is { } error)
            {
                throw Malformed(error);
            }

            _batchStart = _resume;
            _batchState = _resumeState;
            _count = _next = 0;
            var reader = new Utf8JsonReader(_buffer.AsSpan(_batchStart, _end - _batchStart), _final, _batchState);
            try
            {
                while (_count < _tokens.Length && reader.Read())
                {
                    _tokens[_count++] = new JsonToken(
                        reader.TokenType,
                        reader.CurrentDepth,
                        _batchStart + (int)reader.TokenStartIndex,
                        reader.ValueSpan.Length,
                        reader.ValueIsEscaped);
                }
            }
            catch (JsonException exception)
            {
                _pendingError = exception;
            }

            _resume = _batchStart + (int)reader.BytesConsumed;
            _resumeState = reader.CurrentState;
            if (_count > 0)
            {
                _anyToken = true;
                Take(_next++);
                return true;
            }

            if (_pendingError is not null)
            {
                continue;
            }

            if (_final)
            {
                TokenType = JsonTokenType.None;
                return false;
            }

            Fill();
        }
    }

    private void Take(int index)
    {
        var token = _tokens[index];
        _index = index;
        TokenType = token.Type;
        Depth = token.Depth;
        _tokenStart = token.Start;
        _valueStart = token.Type is JsonTokenType.String or JsonTokenType.PropertyName ? token.Start + 1 : token.Start;
        _valueLength = token.ValueLength;
        _escaped = token.Escaped;
    }

    private void Begin()
    {
        _begun = true;
        _origin = _stream.CanSeek ? _stream.Position : 0;
        while (!_final && _end < 3)
        {
            Fill();
        }

        if (_buffer.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _resume = 3;
            _lines = new JsonLines(0, 3);
        }
    }

    /// <summary>
    /// Keeps the unread bytes (and the pinned value), growing the buffer when they fill it, and reads more of the
    /// stream, until the buffer is full or the stream ends.
    /// </summary>
    private void Fill()
    {
        var drop = _pinned >= 0 ? Math.Min(_resume, (int)(_pinned - _bufferOffset)) : _resume;
        if (drop > 0)
        {
            _lines = _lines.Advance(_buffer.AsSpan(0, drop), _bufferOffset);
            _buffer.AsSpan(drop, _end - drop).CopyTo(_buffer);
            _bufferOffset += drop;
            _end -= drop;
            _resume -= drop;
        }

        if (_end == _buffer.Length)
        {
            Grow();
        }

        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end), _buffer.Length - _end, throwOnEndOfStream: false);
        _final = _end + read < _buffer.Length;
        _end += read;
    }

    /// <summary>
    /// Doubles the full buffer. What fills it is one unfinished token, or the pinned value (unfinished too, as the
    /// reader needs more): refused when that reaches its limit.
    /// </summary>
    private void Grow()
    {
        if (_pinned >= 0 && _end - (_pinned - _bufferOffset) >= _pinnedLimit)
        {
            throw FailAt(_pinned, _pinnedTooLarge!);
        }

        var limit = _pinned >= 0 ? Math.Max(_maxTokenLength, _pinnedLimit) : _maxTokenLength;
        if (_buffer.Length >= limit)
        {
            throw FailAt(_bufferOffset + _resume, $"a value is larger than {SizeOf(_maxTokenLength)}; refused");
        }

        Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, limit));
    }

    /// <summary>"16 MiB", or "1000 bytes" for a size that is no whole number of MiB.</summary>
    private static string SizeOf(int bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";

    private ReportParseException Malformed(JsonException exception)
    {
        var lineIndex = exception.LineNumber ?? 0;
        var window = _buffer.AsSpan(0, _end);
        var offset = _lines.StartOfLine(lineIndex, window, _bufferOffset) + (exception.BytePositionInLine ?? 0);
        var line = (int)Math.Min(lineIndex + 1, int.MaxValue);
        var column = (int)Math.Min((exception.BytePositionInLine ?? 0) + 1, int.MaxValue);
        var message = WithoutPosition(exception.Message);
        var reason = _anyToken ? $"malformed JSON: {message}"
            : _buffer.AsSpan(_resume, _end - _resume).Trim(" \t\r\n"u8).IsEmpty ? $"not a {_document}: it is empty"
            : $"not a {_document}: it is not JSON ({message})";
        return new ReportParseException($"{reason} (byte {offset})", line, column, exception);
    }

    /// <summary>Drops the " LineNumber: 0 | BytePositionInLine: 15." that <see cref="Utf8JsonReader"/> appends.</summary>
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index < 0 ? message : message[..index];
    }
}
