using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// The one way report parsers open XML: forward-only, no DTD (refused, never expanded: no XXE, no entity bombs),
/// no resolver, whitespace and comments skipped. Character references to control characters (the ANSI colour
/// escapes some tools write into system-out) are accepted as they are. The text comes through an
/// <see cref="XmlTextSource"/>: in the encoding the byte-order mark or declaration gives, and with no tag longer
/// than <see cref="ReportLimits.MaxStartTagLength"/> (XmlReader holds a whole tag in memory).
/// </summary>
internal static class SafeXml
{
    public static XmlReader CreateReader(Stream stream, XmlNameTable nameTable, ReportLimits limits)
    {
        try
        {
            return XmlReader.Create(new XmlTextSource(stream, limits.MaxStartTagLength), ReaderSettings(nameTable, closeInput: true));
        }
        catch (XmlException exception)
        {
            throw ReportParseException.FromXml(exception);
        }
    }

    /// <summary>
    /// The reader settings of every report parser. <paramref name="closeInput"/> is true over a text source of our own,
    /// which the reader then closes, never over a caller's stream.
    /// </summary>
    public static XmlReaderSettings ReaderSettings(XmlNameTable nameTable, bool closeInput) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        CloseInput = closeInput,
        NameTable = nameTable,
    };

    /// <summary>Moves past the content of the current element, leaving the reader on its end tag (or on it, when empty).</summary>
    public static void ConsumeElement(this XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.ReadWithin(depth))
        {
        }
    }

    /// <summary>
    /// Reads the next node inside the element at <paramref name="depth"/>; false on reaching that element's end tag.
    /// Loop with it to visit an element's content: <c>while (reader.ReadWithin(depth)) { … }</c>.
    /// </summary>
    public static bool ReadWithin(this XmlReader reader, int depth) =>
        reader.Read() && (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth);

    /// <summary>
    /// Reads on to the next element inside the element at <paramref name="depth"/>, past text; false on reaching that
    /// element's end tag. Loop with it to visit an element's children: <c>while (reader.ReadElementWithin(depth)) { … }</c>,
    /// reading or consuming each (what is left unread comes next).
    /// </summary>
    public static bool ReadElementWithin(this XmlReader reader, int depth)
    {
        while (reader.ReadWithin(depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads two attributes of the current element in one pass, by atomized local name, and moves back to the element.
    /// </summary>
    public static (string? First, string? Second) ReadAttributes(this XmlReader reader, string firstName, string secondName)
    {
        string? first = null, second = null;
        while (reader.MoveToNextAttribute())
        {
            if (ReferenceEquals(reader.LocalName, firstName)) first = reader.Value;
            else if (ReferenceEquals(reader.LocalName, secondName)) second = reader.Value;
        }

        reader.MoveToElement();
        return (first, second);
    }

    /// <summary>
    /// Skips an element the format does not know, with a warning that names it and its line:
    /// "line 3: unknown element &lt;foo&gt; ignored", or "… in test 'x' ignored" inside a test.
    /// </summary>
    public static void SkipUnknownElement(this XmlReader reader, ParseWarnings warnings, WarningSubject? within = null)
    {
        var where = within is { } subject ? $" in {subject}" : string.Empty;
        warnings.Add((reader as IXmlLineInfo).LineNumber(), $"unknown element <{TextTruncation.Preview(reader.Name)}>{where} ignored");
        reader.ConsumeElement();
    }

    public static int? LineNumber(this IXmlLineInfo? lineInfo) =>
        lineInfo is { } info && info.HasLineInfo() ? info.LineNumber : null;

    public static int? LinePosition(this IXmlLineInfo? lineInfo) =>
        lineInfo is { } info && info.HasLineInfo() ? info.LinePosition : null;
}
