using System.Xml;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// What one parse of a TRX report keeps from one pass to the next: the test definitions, and whether the results were
/// left for a second pass because they came before the definitions. Made when enumeration starts, at the stream's position.
/// </summary>
/// <remarks>
/// The first pass reads the definitions and, when the results came first and the stream can seek, skips the results;
/// <see cref="TryRewind"/> then puts the stream back where the parse started, and the second pass reads the results
/// and stops after them (the first pass has read, and so checked, the rest). When the definitions come first, one pass
/// does it all. A stream that cannot seek is read once: results before the definitions then lack their class.
/// </remarks>
internal sealed class TrxPasses(Stream stream, ParseWarnings warnings)
{
    private readonly long _start = stream.CanSeek ? stream.Position : 0;

    public TrxTestDefinitions Definitions { get; } = new();

    /// <summary>Whether a <c>TestDefinitions</c> element has been read.</summary>
    public bool DefinitionsRead { get; set; }

    /// <summary>How many <c>Results</c> elements the first pass left for the second (the second counts them down).</summary>
    public int DeferredResults { get; set; }

    public bool IsSecondPass { get; private set; }

    public bool CanRewind => stream.CanSeek;

    /// <summary>The content reader for the pass about to start (an <see cref="XmlReportReader"/> content factory).</summary>
    public IXmlReportContent CreateReader(XmlReader reader, ReportLimits limits, ParseWarnings parseWarnings) =>
        new TrxDocumentReader(reader, this, limits, parseWarnings);

    /// <summary>After a pass: true, with the stream back at the start, when results were left for a second pass.</summary>
    public bool TryRewind()
    {
        if (IsSecondPass || DeferredResults == 0)
        {
            return false;
        }

        if (!DefinitionsRead)
        {
            warnings.Add("the report has no TestDefinitions; the class names of its tests are not known");
        }

        stream.Position = _start;
        IsSecondPass = true;
        return true;
    }
}
