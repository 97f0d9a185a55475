using System.Xml;

namespace Dot.Domain.Reports.NUnit;

/// <summary>
/// Reads one <c>test-case</c> element, NUnit 3 or NUnit 2, into a <see cref="ParsedTestCase"/>. One instance per parse,
/// reused for every case. The status follows <see cref="NUnitStatus"/>; the message is the failure's, else the reason
/// of a skipped test or of a warning; the class is <c>classname</c>, or for NUnit 2 the start of the full name
/// (<see cref="NUnitTestName"/>). A test-case without a name is kept as "(unnamed test-case N)".
/// </summary>
internal sealed class NUnitTestCaseReader
{
    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly NUnitNames _names;
    private readonly ReportLimits _limits;
    private readonly ParseWarnings _warnings;
    private readonly BoundedXmlText _text;
    private readonly MessageAndStackTrace _failureText;
    private readonly TestNamer _namer;

    private bool _hasFailure;
    private string? _failureMessage;
    private string? _stackTrace;
    private string? _reason;
    private string? _output;

    public NUnitTestCaseReader(XmlReader reader, NUnitNames names, ReportLimits limits, ParseWarnings warnings)
    {
        _reader = reader;
        _lineInfo = reader as IXmlLineInfo;
        _names = names;
        _limits = limits;
        _warnings = warnings;
        _text = new BoundedXmlText(reader, warnings);
        _failureText = new MessageAndStackTrace(reader, _text, limits);
        _namer = new TestNamer("test-case", limits, warnings);
    }

    /// <summary>Reads the test-case the reader is on, leaving the reader on its end tag.</summary>
    public ParsedTestCase Read(SuiteFrame suite)
    {
        var isEmpty = _reader.IsEmptyElement;
        string? name = null, className = null, result = null, label = null, executed = null, success = null;
        string? duration = null, startTime = null;
        while (_reader.MoveToNextAttribute())
        {
            var attribute = _reader.LocalName;
            if (ReferenceEquals(attribute, _names.Name)) name = _reader.Value;
            else if (ReferenceEquals(attribute, _names.ClassName)) className = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Result)) result = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Label)) label = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Executed)) executed = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Success)) success = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Duration)) duration = _reader.Value;
            else if (ReferenceEquals(attribute, _names.Time)) duration ??= _reader.Value;
            else if (ReferenceEquals(attribute, _names.StartTime)) startTime = _reader.Value;
        }

        _reader.MoveToElement();
        if (className is null && name is not null && NUnitTestName.ClassLength(name) is var split and > 0)
        {
            className = name[..split];
            name = name[(split + 1)..];
        }

        name = _namer.NameOrPlaceholder(name, _lineInfo);
        var subject = WarningSubject.Test(name);
        className = TextTruncation.Clean(className, _limits.MaxNameLength, _warnings, "class name", subject);
        ResetChildren();
        if (!isEmpty)
        {
            ReadChildren(subject);
        }

        var status = StatusOf(result, label, executed, success, subject);
        var keepsReason = status != TestStatus.Passed || NUnitStatus.IsWarning(result);
        return new ParsedTestCase(
            suite.Name,
            className,
            name,
            status,
            DurationParser.Parse(duration, _warnings, subject),
            _failureMessage ?? (keepsReason ? _reason : null),
            FailureType: null,
            _stackTrace,
            TimestampParser.Parse(startTime, _warnings, subject) ?? suite.Timestamp,
            File: null,
            _output,
            SystemErr: null,
            Flaky: false);
    }

    private void ResetChildren()
    {
        _hasFailure = false;
        _failureMessage = _stackTrace = _reason = _output = null;
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
                (_failureMessage, _stackTrace) = _failureText.Read(subject);
            }
            else if (ReferenceEquals(child, _names.Reason))
            {
                _reason = _failureText.ReadReason(subject);
            }
            else if (ReferenceEquals(child, _names.Output))
            {
                _output = _text.Read(_limits.MaxSystemOutLength, "output", subject);
            }
            else if (_names.IsIgnored(child))
            {
                _reader.ConsumeElement();
            }
            else
            {
                _reader.SkipUnknownElement(_warnings, subject);
            }
        }
    }

    private TestStatus StatusOf(string? result, string? label, string? executed, string? success, WarningSubject subject)
    {
        if (!string.IsNullOrWhiteSpace(result))
        {
            if (NUnitStatus.TryParse(result, label, out var status))
            {
                return status;
            }

            _warnings.Add($"result '{TextTruncation.Preview(result)}' of {subject} is not an NUnit result; read from its other attributes");
        }

        return NUnitStatus.FromFlags(executed, success, _hasFailure);
    }
}
