using System.Globalization;

namespace Dot.Domain.Reports;

/// <summary>
/// Follows XML text as it streams past, in chunks, and rejects a tag (its name and attributes, <c>&lt;</c> to
/// <c>&gt;</c>) longer than a limit, before <see cref="System.Xml.XmlReader"/>, which holds a whole tag in memory,
/// has buffered it. Comments, CDATA sections and processing instructions are passed over whatever their length
/// (a large system-out in CDATA is fine); a quoted attribute value may hold <c>&gt;</c>. Linear time, constant memory:
/// each chunk is searched with vectorized <c>IndexOf</c>/<c>IndexOfAny</c> for the characters that change state.
/// Not a validator: malformed XML is left to the XML reader.
/// </summary>
internal sealed class StartTagScanner(int maxTagLength)
{
    private enum State
    {
        Content,
        AfterLessThan,
        AfterBang,
        Tag,
        Quoted,
        Comment,
        CData,
        Instruction,
    }

    private State _state;
    private char _quote;

    /// <summary>Offset of the chunk being scanned from the start of the text.</summary>
    private long _offset;

    /// <summary>Offset of the current tag's <c>&lt;</c>, and its line and column.</summary>
    private long _tagStart;
    private int _tagLine;
    private long _tagColumn;

    /// <summary>Where the body of the current comment, CDATA section or instruction starts: its end cannot overlap its start.</summary>
    private long _bodyStart;

    /// <summary>The last two characters of the chunks before, for an end (<c>--&gt;</c>, <c>]]&gt;</c>) cut by a chunk's edge.</summary>
    private char _last;
    private char _beforeLast;

    /// <summary>Newlines are counted up to <see cref="_counted"/>; <see cref="_lineStart"/> is the offset that line starts at.</summary>
    private long _counted;
    private long _lineStart;

    /// <summary>The 1-based line that the text scanned so far ends on.</summary>
    public int Line { get; private set; } = 1;

    public void Scan(ReadOnlySpan<char> chunk)
    {
        var i = 0;
        while (i < chunk.Length)
        {
            i = _state switch
            {
                State.Content => AfterContent(chunk, i),
                State.AfterLessThan => AfterLessThan(chunk, i),
                State.AfterBang => AfterBang(chunk, i),
                State.Tag => InTag(chunk, i),
                State.Quoted => InQuoted(chunk, i),
                State.Comment => AfterEnd(chunk, i, "--"),
                State.CData => AfterEnd(chunk, i, "]]"),
                _ => AfterEnd(chunk, i, "?"),
            };
        }

        CountLines(chunk, chunk.Length);
        if (_state is State.AfterLessThan or State.AfterBang or State.Tag or State.Quoted)
        {
            ThrowIfLonger(_offset + chunk.Length - _tagStart);
        }

        _beforeLast = chunk.Length > 1 ? chunk[^2] : _last;
        _last = chunk[^1];
        _offset += chunk.Length;
    }

    private int AfterContent(ReadOnlySpan<char> chunk, int i)
    {
        var lessThan = chunk[i..].IndexOf('<');
        if (lessThan < 0)
        {
            return chunk.Length;
        }

        i += lessThan;
        CountLines(chunk, i);
        _tagStart = _offset + i;
        _tagLine = Line;
        _tagColumn = _tagStart - _lineStart + 1;
        _state = State.AfterLessThan;
        return i + 1;
    }

    private int AfterLessThan(ReadOnlySpan<char> chunk, int i)
    {
        switch (chunk[i])
        {
            case '!':
                _state = State.AfterBang;
                return i + 1;
            case '?':
                _state = State.Instruction;
                _bodyStart = _offset + i + 1;
                return i + 1;
            default:
                _state = State.Tag;
                return i;
        }
    }

    /// <summary>After <c>&lt;!</c>: a comment (<c>&lt;!--</c>), a CDATA section (<c>&lt;![CDATA[</c>), else a declaration, kept to the limit like a tag.</summary>
    private int AfterBang(ReadOnlySpan<char> chunk, int i)
    {
        (_state, _bodyStart) = chunk[i] switch
        {
            '-' => (State.Comment, _offset + i + "--".Length),
            '[' => (State.CData, _offset + i + "[CDATA[".Length),
            _ => (State.Tag, 0),
        };
        return i;
    }

    private int InTag(ReadOnlySpan<char> chunk, int i)
    {
        var stop = chunk[i..].IndexOfAny('"', '\'', '>');
        if (stop < 0)
        {
            return chunk.Length;
        }

        i += stop;
        if (chunk[i] == '>')
        {
            ThrowIfLonger(_offset + i + 1 - _tagStart);
            _state = State.Content;
        }
        else
        {
            _quote = chunk[i];
            _state = State.Quoted;
        }

        return i + 1;
    }

    private int InQuoted(ReadOnlySpan<char> chunk, int i)
    {
        var close = chunk[i..].IndexOf(_quote);
        if (close < 0)
        {
            return chunk.Length;
        }

        _state = State.Tag;
        return i + close + 1;
    }

    /// <summary>Looks for the <c>&gt;</c> that <paramref name="before"/> precedes inside the body, and returns to content after it.</summary>
    private int AfterEnd(ReadOnlySpan<char> chunk, int i, string before)
    {
        while (true)
        {
            var greaterThan = chunk[i..].IndexOf('>');
            if (greaterThan < 0)
            {
                return chunk.Length;
            }

            i += greaterThan + 1;
            if (Precedes(chunk, i - 1, before))
            {
                _state = State.Content;
                return i;
            }
        }
    }

    private bool Precedes(ReadOnlySpan<char> chunk, int at, string before)
    {
        for (var k = 1; k <= before.Length; k++)
        {
            var index = at - k;
            if (_offset + index < _bodyStart)
            {
                return false;
            }

            var character = index >= 0 ? chunk[index] : index == -1 ? _last : _beforeLast;
            if (character != before[^k])
            {
                return false;
            }
        }

        return true;
    }

    private void CountLines(ReadOnlySpan<char> chunk, int upTo)
    {
        var from = (int)Math.Max(0, _counted - _offset);
        var segment = chunk[from..upTo];
        var newlines = segment.Count('\n');
        if (newlines > 0)
        {
            Line += newlines;
            _lineStart = _offset + from + segment.LastIndexOf('\n') + 1;
        }

        _counted = _offset + upTo;
    }

    private void ThrowIfLonger(long length)
    {
        if (length > maxTagLength)
        {
            throw new ReportParseException(
                string.Create(CultureInfo.InvariantCulture, $"a tag is longer than the limit of {maxTagLength} characters for one tag with its attributes (ReportLimits.MaxStartTagLength)"),
                _tagLine,
                (int)Math.Min(_tagColumn, int.MaxValue));
        }
    }
}
