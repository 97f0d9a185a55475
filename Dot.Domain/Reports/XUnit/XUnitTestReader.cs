using System.Xml;

namespace Dot.Domain.Reports.XUnit;

/// <summary>
/// Reads one <c>test</c> element, xUnit.net v2 or v1, into a <see cref="ParsedTestCase"/>. One instance per parse, reused
/// for every test. The class is <c>type</c>; the name is the display name <c>name</c> without the "type." prefix
/// xUnit.net puts before the method, so "Ns.C.M(x: 1)" of type "Ns.C" is "M(x: 1)" (each theory row stays a test of
/// its own), and a name without it stays whole. A test without a name takes its <c>method</c>, else it is kept as
/// "(unnamed test N)". The message is the failure's, or the skip reason; the failure type is its <c>exception-type</c>.
/// </summary>
internal sealed class XUnitTestReader
{
    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly XUnitNames _names;
    private readonly ReportLimits _limits;
    private readonly ParseWarnings _warnings;
    private readonly BoundedXmlText _text;
    private readonly MessageAndStackTrace _failureText;
    private readonly TestNamer _namer;

    private bool _hasFailure;
    private bool _hasReason;
    private string? _failureType;
    private string? _message;
    private string? _stackTrace;
    private string? _reason;
    private string? _output;

    public XUnitTestReader(XmlReader reader, XUnitNames names, ReportLimits limits, ParseWarnings warnings)
    {
        _reader = reader;
        _lineInfo = reader as IXmlLineInfo;
        _names = names;
        _limits = limits;
        _warnings = warnings;
        _text = new BoundedXmlText(reader, warnings);
        _failureText = new MessageAndStackTrace(reader, _text, limits);
        _namer = new TestNamer("test", limits, warnings);
    }

    /// <summary>Reads the test the reader is on, leaving the reader on its end tag.</summary>
    public ParsedTestCase Read(SuiteFrame suite)
    {
        var isEmpty = _reader.IsEmptyElement;
        string? name = null, type = null, method = null, result = null, time = null;
        while (_reader.MoveToNextAttribute())
        {
            var attribute = _reader.LocalName;
            if (ReferenceEquals(attribute, _names.Name)) name = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Type)) type = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Method)) method = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Result)) result = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Time)) time = _reader.Value;
        }

        _reader.MoveToElement();
        name = _namer.NameOrPlaceholder(WithoutTypePrefix(string.IsNullOrWhiteSpace(name) ? method : name, type), _lineInfo);
        var subject = WarningSubject.Test(name);
        type = TextTruncation.Clean(type, _limits.MaxNameLength, _warnings, "class name", subject);
        ResetChildren();
        if (!isEmpty)
        {
            ReadChildren(subject);
        }

        return new ParsedTestCase(
            suite.Name,
            type,
            name,
            StatusOf(result, subject),
            DurationParser.Parse(time, _warnings, subject),
            _hasFailure ? _message : _reason,
            _failureType,
            _stackTrace,
            suite.Timestamp,
            File: null,
            _output,
            SystemErr: null,
            Flaky: false);
    }

    private static string? WithoutTypePrefix(string? name, string? type) =>
        name is not null && !string.IsNullOrEmpty(type) && name.Length > type.Length + 1
            && name[type.Length] == '.' && name.StartsWith(type, StringComparison.Ordinal)
            ? name[(type.Length + 1)..]
            : name;

    private void ResetChildren()
    {
        _hasFailure = _hasReason = false;
        _failureType = _message = _stackTrace = _reason = _output = null;
    }

    private void ReadChildren(WarningSubject subject)
    {
        var depth = _reader.Depth;
        while (_reader.ReadWithin(depth))
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var child = _reader.LocalName;
            if (ReferenceEquals(child, _names.Failure))
            {
                _hasFailure = true;
                var type = _reader.GetAttribute(_names.ExceptionType);
                _failureType = TextTruncation.Clean(type, _limits.MaxNameLength, _warnings, "failure type", subject);
                (_message, _stackTrace) = _failureText.Read(subject);
            }
            else if (ReferenceEquals(child, _names.Reason))
            {
                _hasReason = true;
                _reason = _failureText.ReadReason(subject);
            }
            else if (ReferenceEquals(child, _names.Output))
            {
                _output = _text.Read(_limits.MaxSystemOutLength, "output", subject);
            }
            else if (ReferenceEquals(child, _names.Traits))
            {
                _reader.ConsumeElement();
            }
            else
            {
                _reader.SkipUnknownElement(_warnings, subject);
            }
        }
    }

    private TestStatus StatusOf(string? result, WarningSubject subject)
    {
        if (!string.IsNullOrWhiteSpace(result))
        {
            if (XUnitStatus.TryParse(result, out var status))
            {
                return status;
            }

            _warnings.Add($"result '{TextTruncation.Preview(result)}' of {subject} is not an xUnit.net result; read from its other elements");
        }

        return XUnitStatus.FromChildren(_hasFailure, _hasReason);
    }
}
