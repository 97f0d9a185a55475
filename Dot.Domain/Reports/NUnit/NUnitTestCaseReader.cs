using System.Xml;
using Dot.Domain.Results;

namespace Dot.Domain.Reports.NUnit;

/// <summary>
/// Reads one <c>test-case</c> element, NUnit 3 or NUnit 2, into a <see cref="ParsedTestCase"/>. One instance per parse,
/// reused for every case. The status follows <see cref="NUnitStatus"/>; the message is the failure's, else the reason
/// of a test that did not pass or passed with a warning; the class is <c>classname</c>, or for NUnit 2 the start of the
/// full name (<see cref="NUnitTestName"/>). A test-case without a name is kept as "(unnamed test-case N)".
/// </summary>
internal sealed class NUnitTestCaseReader(XmlReader reader, NUnitNames names, ReportLimits limits, ParseWarnings warnings)
{
    private readonly IXmlLineInfo? _lineInfo = reader as IXmlLineInfo;
    private readonly ResultChildren _children = new(reader, limits, warnings, names.IsIgnored);
    private readonly TestNamer _namer = new("test-case", limits, warnings);

    /// <summary>Reads the test-case the reader is on, leaving the reader on its end tag.</summary>
    public ParsedTestCase Read(SuiteFrame suite)
    {
        string? name = null, className = null, result = null, label = null, executed = null, success = null;
        string? duration = null, startTime = null;
        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            if (ReferenceEquals(attribute, names.Name)) name = reader.Value;
            else if (ReferenceEquals(attribute, names.ClassName)) className = reader.Value;
            else if (ReferenceEquals(attribute, names.Result)) result = reader.Value;
            else if (ReferenceEquals(attribute, names.Label)) label = reader.Value;
            else if (ReferenceEquals(attribute, names.Executed)) executed = reader.Value;
            else if (ReferenceEquals(attribute, names.Success)) success = reader.Value;
            else if (ReferenceEquals(attribute, names.Duration)) duration = reader.Value;
            else if (ReferenceEquals(attribute, names.Time)) duration ??= reader.Value;
            else if (ReferenceEquals(attribute, names.StartTime)) startTime = reader.Value;
        }

        reader.MoveToElement();
        if (className is null && name is not null && NUnitTestName.ClassLength(name) is var split and > 0)
        {
            className = name[..split];
            name = name[(split + 1)..];
        }

        name = _namer.TryName(name) ?? _namer.Placeholder(_lineInfo.LineNumber());
        var subject = WarningSubject.Test(name);
        className = TextTruncation.Clean(className, limits.MaxNameLength, warnings, "class name", subject);
        _children.Read(subject);
        var status = NUnitStatus.Of(result, label, executed, success, _children.HasFailure, warnings, subject);
        var keepsReason = status != TestStatus.Passed || NUnitStatus.IsWarning(result);
        return new ParsedTestCase(
            suite.Name,
            className,
            name,
            status,
            DurationParser.Parse(duration, warnings, subject),
            _children.Message ?? (keepsReason ? _children.Reason : null),
            FailureType: null,
            _children.StackTrace,
            TimestampParser.Parse(startTime, warnings, subject) ?? suite.Timestamp,
            File: null,
            _children.Output,
            SystemErr: null,
            Flaky: false);
    }
}
