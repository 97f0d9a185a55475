using System.Text;
using System.Text.Json;

namespace Dot.Domain.Reports;

/// <summary>
/// Pulls the tokens of one JSON document from a stream, one at a time, for every JSON parser (Cucumber, Mocha, Jira).
/// The stream is read into a buffer that grows only to hold the longest single token (at most the maximum token
/// length, <see cref="DefaultMaxTokenLength"/> unless given), or one value read whole (<see cref="ReadDocument"/>),
/// and <see cref="Utf8JsonReader"/> reads the buffer, its state carried from one refill to the next: memory does not
/// grow with the size of the document. A UTF-8 byte order mark is skipped (it counts in offsets, not in columns).
/// Every error is a <see cref="ReportParseException"/> with the line, the column (in bytes) and the byte offset.
/// On a seekable stream, <see cref="Mark"/> and <see cref="Rewind"/> let a parser read part of a document twice.
/// </summary>
internal sealed partial class JsonPullReader
{
    /// <summary>The longest single JSON token (a string, mostly) a report may hold unless the parser says otherwise: 16 MiB.</summary>
    public const int DefaultMaxTokenLength = 16 * 1024 * 1024;

    /// <summary>The depth System.Text.Json allows by default; a deeper document is malformed.</summary>
    public const int DefaultMaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly string _document;
    private readonly ParseWarnings _warnings;
    private readonly JsonReaderOptions _options;
    private readonly int _maxTokenLength;

    // The current token.
    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private bool _escaped;

    /// <param name="stream">The document; read from its current position, and not closed.</param>
    /// <param name="document">What the document should be, for messages: "not a {document}: it is empty", e.g. "Cucumber JSON report".</param>
    /// <param name="warnings">Where <see cref="Warn"/> adds.</param>
    /// <param name="maxDepth">The deepest nesting read; deeper is malformed.</param>
    /// <param name="maxTokenLength">The longest single token read; longer is refused.</param>
    public JsonPullReader(
        Stream stream,
        string document,
        ParseWarnings warnings,
        int maxDepth = DefaultMaxDepth,
        int maxTokenLength = DefaultMaxTokenLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokenLength);
        _stream = stream;
        _document = document;
        _warnings = warnings;
        _options = new JsonReaderOptions { MaxDepth = maxDepth };
        _maxTokenLength = maxTokenLength;
        _buffer = new byte[Math.Min(InitialBufferLength, maxTokenLength)];
        _batchState = _resumeState = new JsonReaderState(_options);
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The depth of the current token: 0 for the root value and its end, 1 for what it holds, and so on.</summary>
    public int Depth { get; private set; }

    /// <summary>True when the stream can seek, so that <see cref="Rewind"/> works.</summary>
    public bool CanRewind => _stream.CanSeek;

    /// <summary>The byte offset of the current token's first byte, from where the reader started (a byte order mark included).</summary>
    public long TokenOffset => _bufferOffset + _tokenStart;

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

    /// <summary>
    /// Reads the object or array the reader is on whole, as a <see cref="JsonDocument"/> the caller disposes, and
    /// leaves the reader on its end. The buffer grows to hold it: one longer than <paramref name="maxLength"/> bytes
    /// is refused with <paramref name="tooLarge"/> as the reason, at its first byte.
    /// </summary>
    public JsonDocument ReadDocument(int maxLength, string tooLarge)
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            throw new InvalidOperationException($"ReadDocument needs an object or an array, not {Describe()}.");
        }

        var start = TokenOffset;
        _pinned = start;
        _pinnedLimit = maxLength;
        _pinnedTooLarge = tooLarge;
        try
        {
            Skip();
        }
        finally
        {
            _pinned = -1;
        }

        var first = (int)(start - _bufferOffset);
        var length = _tokenStart + 1 - first;
        if (length > maxLength)
        {
            throw FailAt(start, tooLarge);
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(first, length), isFinalBlock: true, new JsonReaderState(_options));
        return JsonDocument.ParseValue(ref reader);
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

    /// <summary>An exception for the uploader, at the current token: line, column and byte offset.</summary>
    public ReportParseException Fail(string reason, Exception? innerException = null) => FailAt(TokenOffset, reason, innerException);

    /// <summary>
    /// An exception at a byte still in the buffer: the current token or one after it, or the first byte of the value
    /// <see cref="ReadDocument"/> read last (until the next <see cref="Read"/>).
    /// </summary>
    public ReportParseException FailAt(long offset, string reason, Exception? innerException = null)
    {
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
}
