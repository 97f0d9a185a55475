using System.Text;
using System.Text.Json;
using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// Tells a report's format from its first bytes (the root element of XML, the shape of JSON), never from a file name.
/// XML is read in the encoding its byte-order mark or declaration gives (<see cref="XmlEncodingSniffer"/>), as the
/// parsers read it; JSON is UTF-8.
/// </summary>
public static class ReportFormatDetector
{
    /// <summary>How many leading bytes detection looks at, at most.</summary>
    public const int HeadLength = 16 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>The format the head shows, or null when it is no report DoT knows.</summary>
    public static ReportFormat? Detect(ReadOnlySpan<byte> head)
    {
        var content = SkipBomAndWhitespace(head);
        return content is [(byte)'[' or (byte)'{', ..] ? FromJsonShape(content) : FromXmlRoot(RootElement(head));
    }

    private static ReportFormat? FromXmlRoot(string? root) => root switch
    {
        "testsuites" or "testsuite" => ReportFormat.JUnit,
        "TestRun" => ReportFormat.Trx,
        "test-run" or "test-results" or "test-suite" => ReportFormat.NUnit,
        "assemblies" or "assembly" => ReportFormat.XUnit,
        _ => null,
    };

    private static string? RootElement(ReadOnlySpan<byte> head)
    {
        try
        {
            using var text = new StringReader(Decode(head));
            using var reader = XmlReader.Create(text, Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return reader.LocalName;
                }
            }
        }
        catch (Exception exception) when (exception is XmlException or DecoderFallbackException or ReportParseException)
        {
            // Not XML, not in its encoding, or cut before its root element: no format this detector knows.
        }
        return null;
    }

    /// <summary>The head as text; a character cut by the head's end is left out.</summary>
    private static string Decode(ReadOnlySpan<byte> head)
    {
        var encoding = XmlEncodingSniffer.Sniff(head);
        var bytes = head[encoding.PreambleLength..];
        var decoder = encoding.Encoding.GetDecoder();
        var chars = new char[decoder.GetCharCount(bytes, flush: false)];
        return new string(chars, 0, decoder.GetChars(bytes, chars, flush: false));
    }

    /// <summary>Reads as many tokens as the head holds: the property names of the top object, or of the array's first object.</summary>
    private static ReportFormat? FromJsonShape(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, state: default);
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (!reader.Read())
            {
                return null;
            }
            var inArray = reader.TokenType == JsonTokenType.StartArray;
            var objectDepth = inArray ? 2 : 1;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == objectDepth)
                {
                    names.Add(reader.GetString()!);
                }
                else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == objectDepth - 1)
                {
                    break;
                }
            }
            return inArray ? FromArrayItemNames(names) : FromObjectNames(names);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ReportFormat? FromArrayItemNames(HashSet<string> names) =>
        names.Contains("elements") || (names.Contains("keyword") && names.Contains("uri")) ? ReportFormat.Cucumber : null;

    private static ReportFormat? FromObjectNames(HashSet<string> names) =>
        names.Contains("issues") ? ReportFormat.Jira
        : names.Contains("stats") && (names.Contains("tests") || names.Contains("passes")) ? ReportFormat.Mocha
        : null;

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }
        var start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }
        return head[start..];
    }
}
