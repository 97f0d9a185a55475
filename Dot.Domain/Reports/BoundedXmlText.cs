using System.Text;
using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// Reads the text of an element in chunks and keeps at most a limit of it, so a 100 MB system-out
/// costs no more memory than the limit. One instance per parse, reused for every element.
/// </summary>
internal sealed class BoundedXmlText(XmlReader reader, ParseWarnings warnings)
{
    private const int ChunkLength = 4096;

    private readonly StringBuilder _builder = new();
    private readonly char[] _chunk = new char[ChunkLength];
    private int _maxLength;
    private bool _truncated;

    /// <summary>
    /// Reads the text of the current element, leaving the reader on its end tag. Child elements are skipped,
    /// except those named <paramref name="descendInto"/> (an atomized name), whose text is read too.
    /// Blank text is null; longer text is cut with a warning naming <paramref name="what"/> and the subject.
    /// </summary>
    public string? Read(int maxLength, string what, WarningSubject subject, string? descendInto = null)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        _builder.Clear();
        _maxLength = maxLength;
        _truncated = false;
        var depth = reader.Depth;
        while (reader.ReadWithin(depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendValue();
                    break;
                case XmlNodeType.Element when !ReferenceEquals(reader.LocalName, descendInto):
                    reader.ConsumeElement();
                    break;
            }
        }

        return Finish(what, subject);
    }

    private void AppendValue()
    {
        if (!reader.CanReadValueChunk)
        {
            Append(reader.Value);
            return;
        }

        int read;
        while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            Append(_chunk.AsSpan(0, read));
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        var room = _maxLength - _builder.Length;
        if (text.Length <= room)
        {
            _builder.Append(text);
            return;
        }

        if (!_truncated)
        {
            _builder.Append(text[..TextTruncation.CutLength(text, room)]);
            _truncated = true;
        }
    }

    private string? Finish(string what, WarningSubject subject)
    {
        if (_builder.Length == 0)
        {
            return null;
        }

        var text = _builder.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (_truncated)
        {
            warnings.Add(TextTruncation.TruncatedWarning(what, subject, _maxLength));
        }

        return text;
    }
}
