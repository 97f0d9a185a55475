using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// The JUnit elements, for <see cref="XmlReportReader"/>: hands out testcases one at a time.
/// Roots: <c>testsuites</c> or <c>testsuite</c>; suites may nest (a case takes the innermost suite's name);
/// <c>testsuites</c> found inside is a plain container. Suite-level properties, system-out and system-err are skipped;
/// any other unknown element is skipped with a warning.
/// </summary>
internal sealed class JUnitDocumentReader : IXmlReportContent
{
    private readonly XmlReader _reader;
    private readonly JUnitNames _names;
    private readonly JUnitTestCaseReader _cases;
    private readonly ParseWarnings _warnings;
    private readonly SuiteStack _suites;

    public JUnitDocumentReader(XmlReader reader, ReportLimits limits, ParseWarnings warnings)
    {
        _reader = reader;
        _names = new JUnitNames(reader.NameTable);
        _warnings = warnings;
        _suites = new SuiteStack(limits, warnings);
        _cases = new JUnitTestCaseReader(reader, _names, limits, warnings);
    }

    public string FormatName => "JUnit XML";

    public bool IsRoot(string localName) =>
        ReferenceEquals(localName, _names.TestSuites) || ReferenceEquals(localName, _names.TestSuite);

    public ParsedTestCase? ReadElement(string localName)
    {
        if (ReferenceEquals(localName, _names.TestCase))
        {
            return _cases.Read(_suites.Current);
        }

        if (ReferenceEquals(localName, _names.TestSuite))
        {
            EnterSuite();
        }
        else if (_names.IsIgnoredSuiteChild(localName))
        {
            _reader.ConsumeElement();
        }
        else if (!ReferenceEquals(localName, _names.TestSuites))
        {
            _reader.SkipUnknownElement(_warnings);
        }

        return null;
    }

    public void EndElement(string localName)
    {
        if (ReferenceEquals(localName, _names.TestSuite))
        {
            _suites.Leave();
        }
    }

    private void EnterSuite()
    {
        if (!_reader.IsEmptyElement)
        {
            var (name, timestamp) = _reader.ReadAttributes(_names.Name, _names.Timestamp);
            _suites.Enter(name, timestamp);
        }
    }
}
