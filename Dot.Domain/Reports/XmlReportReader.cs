using System.Diagnostics.CodeAnalysis;
using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// Streams the test cases of an XML report: opens it through <see cref="SafeXml"/>, walks it forward only and lets the
/// format's <see cref="IXmlReportContent"/> read each element. A root the format does not know is refused by name,
/// and every XML error surfaces as a <see cref="ReportParseException"/> with its position.
/// </summary>
internal sealed class XmlReportReader
{
    private readonly XmlReader _reader;
    private readonly IXmlReportContent _content;
    private bool _rootSeen;

    private XmlReportReader(XmlReader reader, IXmlReportContent content)
    {
        _reader = reader;
        _content = content;
    }

    /// <summary>
    /// What an XML <see cref="IReportParser"/> returns: a lazy sequence that opens the stream on enumeration and
    /// reads one case per step. <paramref name="createContent"/> builds the format's reader around the XML reader.
    /// </summary>
    public static IEnumerable<ParsedTestCase> Read(
        Stream stream,
        ReportLimits limits,
        ParseWarnings warnings,
        Func<XmlReader, ReportLimits, ParseWarnings, IXmlReportContent> createContent)
    {
        ParserArguments.ThrowIfNull(stream, limits, warnings);
        ArgumentNullException.ThrowIfNull(createContent);
        return ReadLazily(stream, limits, warnings, createContent);
    }

    private static IEnumerable<ParsedTestCase> ReadLazily(
        Stream stream,
        ReportLimits limits,
        ParseWarnings warnings,
        Func<XmlReader, ReportLimits, ParseWarnings, IXmlReportContent> createContent)
    {
        using var reader = SafeXml.CreateReader(stream, new NameTable(), limits);
        var document = new XmlReportReader(reader, createContent(reader, limits, warnings));
        while (document.TryReadNext(out var testCase))
        {
            yield return testCase;
        }
    }

    private bool TryReadNext([NotNullWhen(true)] out ParsedTestCase? testCase)
    {
        try
        {
            testCase = ReadNext();
            return testCase is not null;
        }
        catch (XmlException exception)
        {
            throw ReportParseException.FromXml(exception);
        }
    }

    private ParsedTestCase? ReadNext()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.EndElement)
            {
                _content.EndElement(_reader.LocalName);
            }
            else if (_reader.NodeType == XmlNodeType.Element)
            {
                var name = _reader.LocalName;
                if (!_rootSeen)
                {
                    EnsureRoot(name);
                }

                if (_content.ReadElement(name) is { } testCase)
                {
                    return testCase;
                }
            }
        }

        return null;
    }

    private void EnsureRoot(string name)
    {
        _rootSeen = true;
        if (!_content.IsRoot(name))
        {
            var lineInfo = _reader as IXmlLineInfo;
            throw new ReportParseException(
                $"not a {_content.FormatName} report: root element <{TextTruncation.Preview(_reader.Name)}>",
                lineInfo.LineNumber(),
                lineInfo.LinePosition());
        }
    }
}
