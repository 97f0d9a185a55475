using System.Text;

namespace Dot.Domain.Reports;

/// <summary>
/// The encoding of an XML document from its first bytes, as XML 1.0 appendix F describes: a byte-order mark (UTF-8,
/// UTF-16 and UTF-32, either byte order), the first bytes of <c>&lt;?</c> without one, then the declaration's
/// <c>encoding="…"</c> for the encodings that write ASCII as ASCII (ISO-8859-1, windows-1252, …). Without any of
/// these, UTF-8. Every encoding returned throws on bytes it cannot decode.
/// </summary>
internal static class XmlEncodingSniffer
{
    /// <summary>How many leading bytes the sniffer needs to see the declaration, at most.</summary>
    public const int HeadLength = 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    static XmlEncodingSniffer()
    {
        // windows-1252 and the other legacy code pages a declaration may name are not built into .NET; registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// The encoding of the document whose first bytes (at least <see cref="HeadLength"/> of them, when it has as many)
    /// are <paramref name="head"/>, and how many of them its byte-order mark takes.
    /// Throws <see cref="ReportParseException"/> when the declaration names an encoding .NET does not know.
    /// </summary>
    public static XmlTextEncoding Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0x00, 0x00, 0xFE, 0xFF, ..] => new(Utf32BigEndian, 4),
        [0xFF, 0xFE, 0x00, 0x00, ..] => new(Utf32LittleEndian, 4),
        [0xEF, 0xBB, 0xBF, ..] => new(Utf8, 3),
        [0xFE, 0xFF, ..] => new(Utf16BigEndian, 2),
        [0xFF, 0xFE, ..] => new(Utf16LittleEndian, 2),
        [0x00, 0x00, 0x00, 0x3C, ..] => new(Utf32BigEndian, 0),
        [0x3C, 0x00, 0x00, 0x00, ..] => new(Utf32LittleEndian, 0),
        [0x00, 0x3C, ..] => new(Utf16BigEndian, 0),
        [0x3C, 0x00, ..] => new(Utf16LittleEndian, 0),
        _ => new(Declared(head) ?? Utf8, 0),
    };

    /// <summary>The encoding an ASCII-compatible declaration names, or null (none, or one that is not ASCII-compatible).</summary>
    private static Encoding? Declared(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = head.IndexOf("?>"u8);
        var declaration = end < 0 ? head : head[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart(" \t\r\n"u8);
        if (rest is not [(byte)'=', ..])
        {
            return null;
        }

        rest = rest[1..].TrimStart(" \t\r\n"u8);
        if (rest is not [(byte)'"' or (byte)'\'', ..])
        {
            return null;
        }

        var close = rest[1..].IndexOf(rest[0]);
        return close < 0 ? null : Named(Encoding.ASCII.GetString(rest.Slice(1, close)));
    }

    private static Encoding? Named(string name)
    {
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException exception)
        {
            throw new ReportParseException($"the encoding \"{TextTruncation.Preview(name)}\" that the XML declaration names is not supported", 1, null, exception);
        }

        // A UTF-16 name over bytes that read as ASCII is a common slip (text written as a string, saved as UTF-8).
        return encoding.GetByteCount("<?xml") == "<?xml".Length ? encoding : null;
    }
}
