using System.Text;
using System.Text.Json;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// Pulls the tokens of one JSON document from a stream, one at a time, for the JSON report parsers.
/// The stream is read into a buffer that grows only to hold the longest single token (at most
/// <see cref="MaxTokenLength"/>), and <see cref="Utf8JsonReader"/> reads the buffer, its state carried from one
/// refill to the next: memory does not grow with the size of the report. A UTF-8 byte order mark is skipped.
/// Every error is a <see cref="ReportParseException"/> with the line, the column (in bytes) and the byte offset.
/// On a seekable stream, <see cref="Mark"/> and <see cref="Rewind"/> let a parser read part of a document twice.
/// </summary>
internal sealed class JsonPullReader
{
    /// <summary>The longest single JSON token (a string, mostly) a report may hold: 16 MiB.</summary>
    public const int MaxTokenLength = 16 * 1024 * 1024;

    private const int InitialBufferLength = 64 * 1024;

    /// <summary>How many tokens one <see cref="Utf8JsonReader"/> reads ahead: making one per token would cost more than reading.</summary>
    private const int BatchLength = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    private readonly Stream _stream;
    private readonly string _format;
    private readonly ParseWarnings _warnings;
    private readonly long _origin;
    private readonly JsonToken[] _tokens = new JsonToken[BatchLength];
    private byte[] _buffer = new byte[InitialBufferLength];
    private int _end;
    private long _bufferOffset;
    private bool _final;
    private bool _begun;
    private bool _anyToken;
    private JsonLines _lines;

    // The batch: tokens read ahead by one Utf8JsonReader, from _batchStart (in state _batchState) to _resume (in state _resumeState).
    private int _batchStart;
    private JsonReaderState _batchState = new(Options);
    private int _resume;
    private JsonReaderState _resumeState = new(Options);
    private int _count;
    private int _next;
    private JsonException? _pendingError;

    // The current token.
    private int _index;
    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private bool _escaped;

    /// <param name="stream">The report; read from its current position, and not closed.</param>
    /// <param name="format">The format's name for messages, e.g. "Cucumber JSON".</param>
    /// <param name="warnings">Where <see cref="Warn"/> adds.</param>
    public JsonPullReader(Stream stream, string format, ParseWarnings warnings)
    {
        _stream = stream;
        _format = format;
        _warnings = warnings;
        _origin = stream.CanSeek ? stream.Position : 0;
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The depth of the current token: 0 for the root value and its end, 1 for what it holds, and so on.</summary>
    public int Depth { get; private set; }

    /// <summary>True when the stream can seek, so that <see cref="Rewind"/> works.</summary>
    public bool CanRewind => _stream.CanSeek;

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public bool Read()
    {
        if (_next < _count)
        {
            Take(_next++);
            return true;
        }

        return ReadBatch();
    }

    /// <summary>Reads the next property of the object being read; false at its end.</summary>
    public bool NextProperty() => Read() && TokenType == JsonTokenType.PropertyName;

    /// <summary>Reads the next item of the array being read; false at its end.</summary>
    public bool NextItem() => Read() && TokenType != JsonTokenType.EndArray;

    /// <summary>Moves past the current value: past its end when it is an object or an array, past its value when on a property name.</summary>
    public void Skip()
    {
        if (TokenType == JsonTokenType.PropertyName)
        {
            Read();
        }

        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = Depth;
            while (Read() && Depth != depth)
            {
            }
        }
    }

    /// <summary>Reads the value of the current property and moves past it.</summary>
    public void SkipValue()
    {
        Read();
        Skip();
    }

    /// <summary>Fails unless the document ends after the root value (the reader itself refuses a second value).</summary>
    public void ExpectEnd()
    {
        if (Read())
        {
            throw Fail("unexpected content after the report");
        }
    }

    /// <summary>Compares the current string or property name with UTF-8 text, escapes resolved, without allocating.</summary>
    public bool ValueIs(ReadOnlySpan<byte> utf8)
    {
        if (!_escaped)
        {
            return RawValue.SequenceEqual(utf8);
        }

        var reader = QuotedValueReader();
        return reader.ValueTextEquals(utf8);
    }

    /// <summary>The current string or property name, escapes resolved; null for a JSON null.</summary>
    public string? GetString()
    {
        if (TokenType == JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            if (!_escaped)
            {
                return StrictUtf8.GetString(RawValue);
            }

            var reader = QuotedValueReader();
            return reader.GetString();
        }
        catch (Exception exception) when (exception is DecoderFallbackException or InvalidOperationException)
        {
            throw Fail("a string is not valid UTF-8", exception);
        }
    }

    /// <summary>The current number; false when it is not a number or does not fit a double.</summary>
    public bool TryGetDouble(out double value)
    {
        value = 0;
        return TokenType == JsonTokenType.Number
            && double.TryParse(RawValue, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>The current token for messages: "an object", "a string", "the end of the input", …</summary>
    public string Describe() => TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "the end of the input",
        _ => TokenType.ToString(),
    };

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

    /// <summary>An exception for the uploader, at the current token: line, column and byte offset.</summary>
    public ReportParseException Fail(string reason, Exception? innerException = null)
    {
        var offset = _bufferOffset + _tokenStart;
        var (line, column) = _lines.PositionOf(offset, _buffer.AsSpan(0, _end), _bufferOffset);
        return new ReportParseException($"{reason} (byte {offset})", line, column, innerException);
    }

    /// <summary>Adds a warning with the line of the current token (worked out only when the warning will be kept).</summary>
    public void Warn(string message) =>
        _warnings.Add(_warnings.Messages.Count < _warnings.Capacity ? CurrentLine() : null, message);

    /// <summary>The 1-based line of the current token; it costs a scan of the buffer, so call it for messages only.</summary>
    public int CurrentLine() => _lines.PositionOf(_bufferOffset + _tokenStart, _buffer.AsSpan(0, _end), _bufferOffset).Line;

    private ReadOnlySpan<byte> RawValue => _buffer.AsSpan(_valueStart, _valueLength);

    /// <summary>A reader over the current string token alone (quotes included), for what needs its escapes resolved.</summary>
    private Utf8JsonReader QuotedValueReader()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_valueStart - 1, _valueLength + 2));
        reader.Read();
        return reader;
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
