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
internal sealed partial class JsonPullReader
{
    /// <summary>The longest single JSON token (a string, mostly) a report may hold: 16 MiB.</summary>
    public const int MaxTokenLength = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly string _format;
    private readonly ParseWarnings _warnings;

    // The current token.
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
}
