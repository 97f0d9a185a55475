using System.Text.Json;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// The buffering half of <see cref="JsonPullReader"/>: the stream is read into a buffer that grows only to hold one
/// token, one <see cref="Utf8JsonReader"/> reads up to <see cref="BatchLength"/> tokens of it at a time (making one
/// per token would cost more than the reading), and the bytes it has read are let go of, their lines counted.
/// An error is held until the tokens before it have been taken, so a parser yields what came before it first.
/// </summary>
internal sealed partial class JsonPullReader
{
    private const int InitialBufferLength = 64 * 1024;

    private const int BatchLength = 256;

    /// <summary>Depth 64, as the serializer allows; a deeper document is malformed. (Deeper would also make a saved state share its stack.)</summary>
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    private readonly JsonToken[] _tokens = new JsonToken[BatchLength];
    private byte[] _buffer = new byte[InitialBufferLength];
    private int _end;
    private long _bufferOffset;
    private long _origin;
    private bool _final;
    private bool _begun;
    private bool _anyToken;
    private JsonLines _lines;

    // The batch: tokens read by one Utf8JsonReader, from _batchStart (in state _batchState) to _resume (in state _resumeState).
    private int _batchStart;
    private JsonReaderState _batchState = new(Options);
    private int _resume;
    private JsonReaderState _resumeState = new(Options);
    private int _count;
    private int _next;
    private int _index;
    private JsonException? _pendingError;

    /// <summary>Where the reader is, to come back to with <see cref="Rewind"/>: just after the current token.</summary>
    public JsonMark Mark()
    {
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

    /// <summary>Keeps the unread bytes, growing the buffer when they fill it, and reads more of the stream.</summary>
    private void Fill()
    {
        if (_resume > 0)
        {
            _lines = _lines.Advance(_buffer.AsSpan(0, _resume), _bufferOffset);
            _buffer.AsSpan(_resume, _end - _resume).CopyTo(_buffer);
            _bufferOffset += _resume;
            _end -= _resume;
            _resume = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxTokenLength)
            {
                _tokenStart = 0;
                throw Fail($"a single JSON value is longer than {MaxTokenLength / (1024 * 1024)} MiB, more than DoT reads");
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxTokenLength));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
        }

        _end += read;
    }

    private ReportParseException Malformed(JsonException exception)
    {
        var lineIndex = exception.LineNumber ?? 0;
        var window = _buffer.AsSpan(0, _end);
        var offset = _lines.StartOfLine(lineIndex, window, _bufferOffset) + (exception.BytePositionInLine ?? 0);
        var line = (int)Math.Min(lineIndex + 1, int.MaxValue);
        var column = (int)Math.Min((exception.BytePositionInLine ?? 0) + 1, int.MaxValue);
        var message = WithoutPosition(exception.Message);
        var reason = _anyToken ? $"malformed JSON: {message}"
            : _buffer.AsSpan(_resume, _end - _resume).Trim(" \t\r\n"u8).IsEmpty ? $"not a {_format} report: it is empty"
            : $"not a {_format} report: it is not JSON ({message})";
        return new ReportParseException($"{reason} (byte {offset})", line, column, exception);
    }

    /// <summary>Drops the " LineNumber: 0 | BytePositionInLine: 15." that <see cref="Utf8JsonReader"/> appends.</summary>
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index < 0 ? message : message[..index];
    }
}
