using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Dot.Domain.Reports.Jira;

/// <summary>
/// Walks a Jira search response (<c>/rest/api/2/search</c> or <c>/rest/api/3/search/jql</c>) forward and hands out the
/// objects of its top-level <c>issues</c> array one at a time. Every other top-level property is skipped token by
/// token, so the window holds at most one issue (up to the size limit) and never the response.
/// Every problem surfaces as <see cref="ReportParseException"/> with line and column (in bytes), and the byte offset
/// at the end of its reason, e.g. "not a Jira search response: no 'issues' (byte 57)".
/// </summary>
internal sealed class JiraSearchResponseReader(Stream stream, int maxIssueBytes)
{
    /// <summary>ADF descriptions and expanded fields may nest deeper than System.Text.Json's default of 64.</summary>
    public const int MaxDepth = 128;

    /// <summary>Room before an issue's first byte (the comma and whitespace that separate it from the one before).</summary>
    private const int Headroom = 4 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    private readonly JsonStreamWindow _window = new(stream, maxIssueBytes + Headroom);
    private JsonReaderState _state = new(ReaderOptions);
    private long _committed;
    private Phase _phase;
    private int _skipDepth;
    private bool _sawIssues;
    private long _issueOffset;

    private enum Phase
    {
        Start,
        TopLevel,
        IssuesValue,
        Issues,
        SkipValue,
        Skipping,
        AfterRoot,
    }

    private enum Outcome
    {
        Issue,
        NeedMore,
        End,
    }

    /// <summary>The 1-based number, in the response, of the issue read last.</summary>
    public int IssueNumber { get; private set; }

    /// <summary>The next issue; the caller disposes it. False at the end of a well-formed response.</summary>
    public bool TryReadNextIssue([NotNullWhen(true)] out JsonDocument? issue)
    {
        while (true)
        {
            switch (Step(out issue))
            {
                case Outcome.Issue when issue is not null:
                    return true;
                case Outcome.End:
                    return false;
                case Outcome.NeedMore when _window.IsFinalBlock:
                    throw ErrorAt(_window.PendingOffset + _window.Pending.Length, "the response ends early");
                default:
                    if (!_window.TryRefill())
                    {
                        throw TooLarge();
                    }

                    break;
            }
        }
    }

    /// <summary>An error at the start of the issue read last; valid until the next <see cref="TryReadNextIssue"/>.</summary>
    public ReportParseException ErrorAtIssue(string reason, Exception? innerException = null) => ErrorAt(_issueOffset, reason, innerException);

    private Outcome Step(out JsonDocument? issue)
    {
        issue = null;
        if (_phase == Phase.Start && _window.IsFinalBlock && _window.Pending.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            throw ErrorAt(_window.PendingOffset + _window.Pending.Length, "not a Jira search response: it is empty");
        }

        var reader = new Utf8JsonReader(_window.Pending, _window.IsFinalBlock, _state);
        try
        {
            return Walk(ref reader, out issue);
        }
        catch (JsonException exception)
        {
            throw Malformed(exception);
        }
        finally
        {
            _window.Consume(_committed);
            _committed = 0;
        }
    }

    private Outcome Walk(ref Utf8JsonReader reader, out JsonDocument? issue)
    {
        issue = null;
        while (true)
        {
            if (!reader.Read())
            {
                // After the root this is the end; anywhere else System.Text.Json has already thrown at a final block.
                return _phase == Phase.AfterRoot && _window.IsFinalBlock ? Outcome.End : Outcome.NeedMore;
            }

            switch (_phase)
            {
                case Phase.Start:
                    EnsureRootObject(ref reader);
                    Commit(ref reader, Phase.TopLevel);
                    break;
                case Phase.TopLevel when reader.TokenType == JsonTokenType.EndObject:
                    EnsureIssuesSeen(ref reader);
                    Commit(ref reader, Phase.AfterRoot);
                    break;
                case Phase.TopLevel:
                    Commit(ref reader, reader.ValueTextEquals("issues"u8) ? Phase.IssuesValue : Phase.SkipValue);
                    break;
                case Phase.IssuesValue:
                    EnsureIssuesArray(ref reader);
                    Commit(ref reader, Phase.Issues);
                    break;
                case Phase.Issues when reader.TokenType == JsonTokenType.EndArray:
                    Commit(ref reader, Phase.TopLevel);
                    break;
                case Phase.Issues:
                    return ReadIssue(ref reader, out issue);
                case Phase.SkipValue:
                    _skipDepth = reader.CurrentDepth;
                    Commit(ref reader, reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? Phase.Skipping : Phase.TopLevel);
                    break;
                case Phase.Skipping:
                    var closed = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == _skipDepth;
                    Commit(ref reader, closed ? Phase.TopLevel : Phase.Skipping);
                    break;
                default:
                    throw ErrorAt(ref reader, "content after the end of the response");
            }
        }
    }

    private Outcome ReadIssue(ref Utf8JsonReader reader, out JsonDocument? issue)
    {
        issue = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ErrorAt(ref reader, $"issue {IssueNumber + 1} is {Describe(reader.TokenType)}, not an object");
        }

        var start = reader.TokenStartIndex;
        if (!JsonDocument.TryParseValue(ref reader, out issue))
        {
            return Outcome.NeedMore; // not committed: the next step starts again at this issue's first byte
        }

        _issueOffset = _window.PendingOffset + start;
        if (reader.BytesConsumed - start > maxIssueBytes)
        {
            issue.Dispose();
            throw ErrorAt(_issueOffset, $"issue {IssueNumber + 1} is larger than {maxIssueBytes} bytes; refused");
        }

        IssueNumber++;
        Commit(ref reader, Phase.Issues);
        return Outcome.Issue;
    }

    private void EnsureRootObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ErrorAt(ref reader, $"not a Jira search response: the top level is {Describe(reader.TokenType)}, not an object with 'issues'");
        }
    }

    private void EnsureIssuesSeen(ref Utf8JsonReader reader)
    {
        if (!_sawIssues)
        {
            throw ErrorAt(ref reader, "not a Jira search response: no 'issues'");
        }
    }

    private void EnsureIssuesArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ErrorAt(ref reader, $"not a Jira search response: 'issues' is {Describe(reader.TokenType)}, not an array");
        }

        _sawIssues = true;
    }

    private void Commit(ref Utf8JsonReader reader, Phase next)
    {
        _committed = reader.BytesConsumed;
        _state = reader.CurrentState;
        _phase = next;
    }

    /// <summary>The window is full of one pending value: placed at its first byte, past separating commas and whitespace.</summary>
    private ReportParseException TooLarge()
    {
        var first = Math.Max(0, _window.Pending.IndexOfAnyExcept(" \t\r\n,"u8));
        return ErrorAt(_window.PendingOffset + first, _phase == Phase.Issues
            ? $"issue {IssueNumber + 1} is larger than {maxIssueBytes} bytes; refused"
            : $"a value is larger than {maxIssueBytes} bytes; refused");
    }

    private ReportParseException ErrorAt(ref Utf8JsonReader reader, string reason) =>
        ErrorAt(_window.PendingOffset + reader.TokenStartIndex, reason);

    private ReportParseException ErrorAt(long offset, string reason, Exception? innerException = null)
    {
        var (line, column) = _window.PositionOf(offset);
        return new ReportParseException($"{reason} (byte {offset})", line, column, innerException);
    }

    private ReportParseException Malformed(JsonException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = suffix >= 0 ? message[..suffix] : message;
        var reason = _phase == Phase.Start ? $"not a Jira search response: it is not JSON ({message})" : $"malformed JSON: {message}";
        var line = (exception.LineNumber ?? 0) + 1;
        var position = exception.BytePositionInLine ?? 0;
        var offset = _window.OffsetOf(line, position);
        return new ReportParseException(
            $"{reason} (byte {offset})", JsonStreamWindow.Clamp(line), JsonStreamWindow.Clamp(position + 1), exception);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
