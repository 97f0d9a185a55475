using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// Tells a report's format from its first bytes (the root element of XML), never from a file name.
/// </summary>
public static class ReportFormatDetector
{
    /// <summary>How many leading bytes detection needs at most.</summary>
    public const int HeadLength = 16 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>The format whose root the head shows, or null when it is no report DoT reads.</summary>
    public static ReportFormat? Detect(ReadOnlySpan<byte> head) =>
        RootElement(head) switch
        {
            "testsuites" or "testsuite" => ReportFormat.JUnit,
            _ => null,
        };

    private static string? RootElement(ReadOnlySpan<byte> head)
    {
        try
        {
            using var stream = new MemoryStream(head.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return reader.LocalName;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML, or cut before its root element: no format this detector knows.
        }
        return null;
    }
}
