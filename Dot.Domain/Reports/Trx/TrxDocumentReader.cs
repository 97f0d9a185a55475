using System.Xml;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// The TRX elements, for <see cref="XmlReportReader"/>, in one pass (<see cref="TrxPasses"/>). Of the root's children only
/// <c>TestDefinitions</c> and <c>Results</c> are read; the rest (Times, TestSettings, ResultSummary, TestLists,
/// TestEntries) carries nothing per execution and is skipped.
/// </summary>
internal sealed class TrxDocumentReader(XmlReader reader, TrxPasses passes, ReportLimits limits, ParseWarnings warnings)
    : IXmlReportContent
{
    private readonly TrxNames _names = new(reader.NameTable);
    private TrxResultReader? _results;

    public string FormatName => "TRX";

    public bool IsRoot(string localName) => ReferenceEquals(localName, _names.TestRun);

    public ParsedTestCase? ReadElement(string localName)
    {
        switch (reader.Depth)
        {
            case 0:
                CheckNamespace();
                return null;
            case 1:
                ReadRunChild(localName);
                return null;
            default: // inside Results, the only child of the root not consumed whole
                return _results!.ReadElement();
        }
    }

    public void EndElement(string localName)
    {
        if (reader.Depth > 1)
        {
            _results!.EndElement();
        }
        else if (passes.IsSecondPass && reader.Depth == 1 && ReferenceEquals(localName, _names.Results) && --passes.DeferredResults == 0)
        {
            reader.Close(); // ends the walk: the first pass has read the rest
        }
    }

    private void CheckNamespace()
    {
        var ns = reader.NamespaceURI;
        if (!passes.IsSecondPass && ns is not (TrxNames.Namespace or TrxNames.Namespace2006))
        {
            warnings.Add(
                (reader as IXmlLineInfo).LineNumber(),
                $"root element <TestRun> is in namespace '{TextTruncation.Preview(ns)}', not TRX's '{TrxNames.Namespace}'; read as TRX");
        }
    }

    private void ReadRunChild(string localName)
    {
        if (ReferenceEquals(localName, _names.Results))
        {
            if (ReadResultsNow())
            {
                _results ??= new TrxResultReader(reader, _names, passes.Definitions, passes.DefinitionsRead, limits, warnings);
            }
            else
            {
                passes.DeferredResults++;
                reader.ConsumeElement();
            }
        }
        else if (ReferenceEquals(localName, _names.TestDefinitions) && !passes.IsSecondPass)
        {
            new TrxDefinitionsReader(reader, _names, limits, warnings).Read(passes.Definitions);
            passes.DefinitionsRead = true;
        }
        else
        {
            reader.ConsumeElement();
        }
    }

    /// <summary>Whether the results met now are read (their children then come through the walk) or left for the second pass.</summary>
    private bool ReadResultsNow()
    {
        if (passes.IsSecondPass || (passes.DefinitionsRead && passes.DeferredResults == 0))
        {
            return true;
        }

        if (passes.DeferredResults > 0 || passes.CanRewind)
        {
            return false;
        }

        warnings.Add(
            (reader as IXmlLineInfo).LineNumber(),
            "the results come before any test definitions and the stream cannot be read twice; their class names are not known");
        return true;
    }
}
