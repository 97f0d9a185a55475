using System.Xml;

namespace Dot.Domain.Reports.NUnit;

/// <summary>
/// The NUnit elements, for <see cref="XmlReportReader"/>. Roots: NUnit 3's <c>test-run</c>, NUnit 2's
/// <c>test-results</c>, or a lone <c>test-suite</c> (NUnit 3 runners such as Unity's write one). Suites nest, in NUnit 2
/// through <c>results</c>; a case takes the name of its innermost suite, not counting method-level suites
/// (parameterized, theory and generic methods), so that the suite is the fixture. A case without a start time takes
/// that of the nearest suite with one, or the run's (NUnit 2's <c>date</c> and <c>time</c>). Metadata (properties,
/// categories, environment, settings) and a suite's own failure, reason and output are skipped; any other unknown
/// element is skipped with a warning.
/// </summary>
internal sealed class NUnitDocumentReader : IXmlReportContent
{
    private readonly XmlReader _reader;
    private readonly NUnitNames _names;
    private readonly NUnitTestCaseReader _cases;
    private readonly ParseWarnings _warnings;
    private readonly SuiteStack _suites;

    public NUnitDocumentReader(XmlReader reader, ReportLimits limits, ParseWarnings warnings)
    {
        _reader = reader;
        _names = new NUnitNames(reader.NameTable);
        _warnings = warnings;
        _suites = new SuiteStack(limits, warnings);
        _cases = new NUnitTestCaseReader(reader, _names, limits, warnings);
    }

    public string FormatName => "NUnit XML";

    public bool IsRoot(string localName) => IsContainer(localName);

    public ParsedTestCase? ReadElement(string localName)
    {
        if (ReferenceEquals(localName, _names.TestCase))
        {
            return _cases.Read(_suites.Current);
        }

        if (IsContainer(localName))
        {
            Enter(isRun: !ReferenceEquals(localName, _names.TestSuite));
        }
        else if (_names.IsIgnored(localName))
        {
            _reader.ConsumeElement();
        }
        else if (!ReferenceEquals(localName, _names.Results))
        {
            _reader.SkipUnknownElement(_warnings);
        }

        return null;
    }

    public void EndElement(string localName)
    {
        if (IsContainer(localName))
        {
            _suites.Leave();
        }
    }

    private bool IsContainer(string localName) =>
        ReferenceEquals(localName, _names.TestSuite) || ReferenceEquals(localName, _names.TestRun)
        || ReferenceEquals(localName, _names.TestResults);

    /// <summary>
    /// Opens a suite, or the run itself: no suite name, and NUnit 3's start-time or NUnit 2's date and time.
    /// A method-level suite keeps the name of the suite around it.
    /// </summary>
    private void Enter(bool isRun)
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        string? name = null, type = null, startTime = null, date = null, time = null;
        while (_reader.MoveToNextAttribute())
        {
            var attribute = _reader.LocalName;
            if (ReferenceEquals(attribute, _names.Name)) name = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Type)) type = _reader.Value;
            else if (ReferenceEquals(attribute, _names.StartTime)) startTime = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Date)) date = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Time)) time = _reader.Value;
        }

        _reader.MoveToElement();
        if (isRun)
        {
            _suites.Enter(name: null, startTime ?? (time is null ? date : $"{date} {time}"));
        }
        else if (type is "ParameterizedMethod" or "ParameterizedTest" or "Theory" or "GenericMethod")
        {
            _suites.EnterGroup(startTime);
        }
        else
        {
            _suites.Enter(name, startTime);
        }
    }
}
