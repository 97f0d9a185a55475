using System.Diagnostics.CodeAnalysis;
using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// Walks a JUnit XML document forward only and hands out its testcases one at a time.
/// Roots: <c>testsuites</c> or <c>testsuite</c>; suites may nest (a case takes the innermost suite's name);
/// <c>testsuites</c> found inside is a plain container. Suite-level properties, system-out and system-err are skipped;
/// any other unknown element is skipped with a warning. Every XML error surfaces as <see cref="ReportParseException"/>.
/// </summary>
internal sealed class JUnitDocumentReader : IDisposable
{
    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly JUnitNames _names;
    private readonly JUnitTestCaseReader _cases;
    private readonly ReportLimits _limits;
    private readonly ParseWarnings _warnings;
    private readonly Stack<JUnitSuiteFrame> _suites = new();
    private bool _rootSeen;

    public JUnitDocumentReader(Stream stream, ReportLimits limits, ParseWarnings warnings)
    {
        var nameTable = new NameTable();
        _names = new JUnitNames(nameTable);
        _reader = SafeXml.CreateReader(stream, nameTable);
        _lineInfo = _reader as IXmlLineInfo;
        _limits = limits;
        _warnings = warnings;
        _cases = new JUnitTestCaseReader(_reader, _names, limits, warnings);
    }

    public bool TryReadNext([NotNullWhen(true)] out ParsedTestCase? testCase)
    {
        try
        {
            return TryReadNextCore(out testCase);
        }
        catch (XmlException exception)
        {
            throw ReportParseException.FromXml(exception);
        }
    }

    public void Dispose() => _reader.Dispose();

    private bool TryReadNextCore([NotNullWhen(true)] out ParsedTestCase? testCase)
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.EndElement)
            {
                if (ReferenceEquals(_reader.LocalName, _names.TestSuite))
                {
                    _suites.Pop();
                }

                continue;
            }

            if (_reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = _reader.LocalName;
            if (!_rootSeen)
            {
                EnsureJUnitRoot(name);
            }

            if (ReferenceEquals(name, _names.TestCase))
            {
                testCase = _cases.Read(_suites.TryPeek(out var suite) ? suite : default);
                return true;
            }

            if (ReferenceEquals(name, _names.TestSuite))
            {
                EnterSuite();
            }
            else if (!ReferenceEquals(name, _names.TestSuites))
            {
                SkipSuiteChild(name);
            }
        }

        testCase = null;
        return false;
    }

    private void EnsureJUnitRoot(string name)
    {
        _rootSeen = true;
        if (!ReferenceEquals(name, _names.TestSuites) && !ReferenceEquals(name, _names.TestSuite))
        {
            throw new ReportParseException(
                $"not a JUnit XML report: root element <{TextTruncation.Preview(_reader.Name)}>",
                _lineInfo.LineNumber(),
                _lineInfo.LinePosition());
        }
    }

    private void EnterSuite()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var (name, timestamp) = _reader.ReadAttributes(_names.Name, _names.Timestamp);
        var subject = WarningSubject.Suite(name);
        var inherited = _suites.TryPeek(out var parent) ? parent.Timestamp : null;
        _suites.Push(new JUnitSuiteFrame(
            TextTruncation.Clean(name, _limits.MaxNameLength, _warnings, "name", subject),
            TimestampParser.Parse(timestamp, _warnings, subject) ?? inherited));
    }

    private void SkipSuiteChild(string name)
    {
        if (!_names.IsIgnoredSuiteChild(name))
        {
            _warnings.Add(_lineInfo.LineNumber(), $"unknown element <{TextTruncation.Preview(_reader.Name)}> ignored");
        }

        _reader.ConsumeElement();
    }
}
