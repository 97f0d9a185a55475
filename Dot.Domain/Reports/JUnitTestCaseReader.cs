using System.Xml;
using Dot.Domain.Results;

namespace Dot.Domain.Reports;

/// <summary>
/// Reads one <c>testcase</c> element into a <see cref="ParsedTestCase"/>. One instance per parse, reused for every case.
/// A testcase without a name is kept as "(unnamed testcase N)" (<see cref="TestNamer"/>).
/// </summary>
internal sealed class JUnitTestCaseReader(XmlReader reader, JUnitNames names, ReportLimits limits, ParseWarnings warnings)
{
    private readonly BoundedXmlText _text = new(reader, warnings);
    private readonly IXmlLineInfo? _lineInfo = reader as IXmlLineInfo;
    private readonly TestNamer _namer = new("testcase", limits, warnings);

    private JUnitOutcome _outcome;
    private string? _message;
    private string? _type;
    private string? _detail;
    private string? _systemOut;
    private string? _systemErr;

    /// <summary>Reads the testcase the reader is on, leaving the reader on its end tag.</summary>
    public ParsedTestCase Read(SuiteFrame suite)
    {
        var isEmpty = reader.IsEmptyElement;
        string? name = null, className = null, time = null, file = null, timestamp = null, status = null;
        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            if (ReferenceEquals(attribute, names.Name)) name = reader.Value;
            else if (ReferenceEquals(attribute, names.ClassName)) className = reader.Value;
            else if (ReferenceEquals(attribute, names.Time)) time = reader.Value;
            else if (ReferenceEquals(attribute, names.File)) file = reader.Value;
            else if (ReferenceEquals(attribute, names.Timestamp)) timestamp = reader.Value;
            else if (ReferenceEquals(attribute, names.Status)) status = reader.Value;
        }

        reader.MoveToElement();
        name = _namer.TryName(name) ?? _namer.Placeholder(_lineInfo.LineNumber());
        var subject = WarningSubject.Test(name);
        className = TextTruncation.Clean(className, limits.MaxNameLength, warnings, "class name", subject);
        file = TextTruncation.Clean(file, limits.MaxNameLength, warnings, "file", subject);
        ResetOutcome();
        if (!isEmpty)
        {
            ReadChildren(subject);
        }

        return new ParsedTestCase(
            suite.Name,
            className,
            name,
            StatusOf(_outcome, status),
            DurationParser.Parse(time, warnings, subject),
            _message,
            _type,
            _detail,
            TimestampParser.Parse(timestamp, warnings, subject) ?? suite.Timestamp,
            file,
            _systemOut,
            _systemErr,
            _outcome == JUnitOutcome.Flaky);
    }

    private void ResetOutcome()
    {
        _outcome = JUnitOutcome.None;
        _message = _type = _detail = _systemOut = _systemErr = null;
    }

    private void ReadChildren(WarningSubject subject)
    {
        var depth = reader.Depth;
        while (reader.ReadElementWithin(depth))
        {
            var child = reader.LocalName;
            var outcome = OutcomeOf(child);
            if (outcome != JUnitOutcome.None)
            {
                ReadResult(outcome, subject);
            }
            else if (ReferenceEquals(child, names.SystemOut))
            {
                _systemOut = _text.Read(limits.MaxSystemOutLength, "system-out", subject);
            }
            else if (ReferenceEquals(child, names.SystemErr))
            {
                _systemErr = _text.Read(limits.MaxSystemErrLength, "system-err", subject);
            }
            else if (ReferenceEquals(child, names.Properties))
            {
                reader.ConsumeElement();
            }
            else
            {
                reader.SkipUnknownElement(warnings, subject);
            }
        }
    }

    /// <summary>Keeps the first of the most severe result elements; less or equally severe ones are skipped.</summary>
    private void ReadResult(JUnitOutcome outcome, WarningSubject subject)
    {
        if (outcome <= _outcome)
        {
            reader.ConsumeElement();
            return;
        }

        var (message, type) = reader.ReadAttributes(names.Message, names.Type);
        _outcome = outcome;
        _message = TextTruncation.Clean(message, limits.MaxMessageLength, warnings, "message", subject);
        _type = TextTruncation.Clean(type, limits.MaxNameLength, warnings, "failure type", subject);
        _detail = _text.Read(limits.MaxFailureDetailLength, "failure detail", subject, descendInto: names.StackTrace);
    }

    private JUnitOutcome OutcomeOf(string element) =>
        ReferenceEquals(element, names.Failure) || ReferenceEquals(element, names.RerunFailure) ? JUnitOutcome.Failure
        : ReferenceEquals(element, names.Error) || ReferenceEquals(element, names.RerunError) ? JUnitOutcome.Error
        : ReferenceEquals(element, names.Skipped) ? JUnitOutcome.Skipped
        : ReferenceEquals(element, names.FlakyFailure) || ReferenceEquals(element, names.FlakyError) ? JUnitOutcome.Flaky
        : JUnitOutcome.None;

    /// <summary>
    /// Without a result element, a status attribute of "disabled" (tst), "notrun" (GoogleTest) or "skipped"
    /// marks a test that did not run.
    /// </summary>
    private static TestStatus StatusOf(JUnitOutcome outcome, string? status) => outcome switch
    {
        JUnitOutcome.Error => TestStatus.Errored,
        JUnitOutcome.Failure => TestStatus.Failed,
        JUnitOutcome.Skipped => TestStatus.Skipped,
        JUnitOutcome.Flaky => TestStatus.Passed,
        _ when status is not null
            && (status.Equals("disabled", StringComparison.OrdinalIgnoreCase)
                || status.Equals("notrun", StringComparison.OrdinalIgnoreCase)
                || status.Equals("skipped", StringComparison.OrdinalIgnoreCase)) => TestStatus.Skipped,
        _ => TestStatus.Passed,
    };
}
