using System.Xml;

namespace Dot.Domain.Reports.XUnit;

/// <summary>
/// The xUnit.net elements, for <see cref="XmlReportReader"/>. Roots: v2's <c>assemblies</c> or v1's (and a lone v2)
/// <c>assembly</c>. Tests stand in a v2 <c>collection</c> or a v1 <c>class</c>, whose name is their suite; their
/// timestamp is the assembly's <c>run-date</c> and <c>run-time</c>, else the <c>timestamp</c> of <c>assemblies</c>.
/// Errors outside any test (v2's <c>errors</c>: fixture or collection clean-up failures) are no test results: each one
/// is a warning. Any other unknown element is skipped with a warning.
/// </summary>
internal sealed class XUnitDocumentReader : IXmlReportContent
{
    private readonly XmlReader _reader;
    private readonly XUnitNames _names;
    private readonly XUnitTestReader _tests;
    private readonly ParseWarnings _warnings;
    private readonly SuiteStack _suites;

    public XUnitDocumentReader(XmlReader reader, ReportLimits limits, ParseWarnings warnings)
    {
        _reader = reader;
        _names = new XUnitNames(reader.NameTable);
        _warnings = warnings;
        _suites = new SuiteStack(limits, warnings);
        _tests = new XUnitTestReader(reader, _names, limits, warnings);
    }

    public string FormatName => "xUnit.net XML";

    public bool IsRoot(string localName) =>
        ReferenceEquals(localName, _names.Assemblies) || ReferenceEquals(localName, _names.Assembly);

    public ParsedTestCase? ReadElement(string localName)
    {
        if (ReferenceEquals(localName, _names.Test))
        {
            return _tests.Read(_suites.Current);
        }

        if (_names.IsContainer(localName))
        {
            EnterContainer(localName);
        }
        else if (ReferenceEquals(localName, _names.Errors))
        {
            WarnAboutErrors();
        }
        else
        {
            _reader.SkipUnknownElement(_warnings);
        }

        return null;
    }

    public void EndElement(string localName)
    {
        if (_names.IsContainer(localName))
        {
            _suites.Leave();
        }
    }

    private void EnterContainer(string localName)
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        string? name = null, date = null, time = null, timestamp = null;
        while (_reader.MoveToNextAttribute())
        {
            var attribute = _reader.LocalName;
            if (ReferenceEquals(attribute, _names.Name)) name = _reader.Value;
            else if (ReferenceEquals(attribute, _names.RunDate)) date = _reader.Value;
            else if (ReferenceEquals(attribute, _names.RunTime)) time = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Timestamp)) timestamp = _reader.Value;
        }

        _reader.MoveToElement();
        if (ReferenceEquals(localName, _names.Assemblies))
        {
            _suites.EnterGroup(timestamp);
        }
        else
        {
            _suites.Enter(name, time is null ? date : $"{date}T{time}");
        }
    }

    private void WarnAboutErrors()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var depth = _reader.Depth;
        while (_reader.ReadWithin(depth))
        {
            if (_reader.NodeType == XmlNodeType.Element && ReferenceEquals(_reader.LocalName, _names.Error))
            {
                var (type, name) = _reader.ReadAttributes(_names.Type, _names.Name);
                _warnings.Add(
                    (_reader as IXmlLineInfo).LineNumber(),
                    $"{TextTruncation.Preview(type ?? "unknown")} error of '{TextTruncation.Preview(name ?? string.Empty)}' is outside any test; not recorded");
            }

            if (_reader.NodeType == XmlNodeType.Element)
            {
                _reader.ConsumeElement();
            }
        }
    }
}
