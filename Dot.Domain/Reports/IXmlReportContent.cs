namespace Dot.Domain.Reports;

/// <summary>
/// What one XML report format knows about its elements. <see cref="XmlReportReader"/> does the rest: safe opening,
/// the forward-only walk, the root check and error positions. Made once per parse, around the reader it reads from.
/// </summary>
internal interface IXmlReportContent
{
    /// <summary>The format's name in messages: "not a {FormatName} report: root element &lt;x&gt;".</summary>
    string FormatName { get; }

    /// <summary>Whether a document may start with this element (an atomized local name).</summary>
    bool IsRoot(string localName);

    /// <summary>
    /// Called on every element start, the reader on it: returns the test case the element holds, read up to its end tag,
    /// or null after entering a container (its children follow) or skipping the element.
    /// </summary>
    ParsedTestCase? ReadElement(string localName);

    /// <summary>Called on every end tag that <see cref="ReadElement"/> left open, e.g. to leave a suite.</summary>
    void EndElement(string localName);
}
