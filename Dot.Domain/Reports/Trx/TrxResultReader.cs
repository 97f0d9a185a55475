using System.Xml;

namespace Dot.Domain.Reports.Trx;

/// <summary>
/// Reads the results inside <c>Results</c> as the walk meets them. Every element in <c>Results</c> or <c>InnerResults</c>
/// is a result (<c>UnitTestResult</c>, and the other result types of the TRX schema, which share its attributes). A result
/// is one execution, read up to its end tag; a result with inner results (a data-driven test's rows, an ordered test's
/// steps) only sums them up: it stays open while the walk hands its inner results here one by one, each an execution
/// taking the test id, name, class and suite of its parent where it has none of its own.
/// </summary>
internal sealed class TrxResultReader(
    XmlReader reader,
    TrxNames names,
    TrxTestDefinitions definitions,
    bool definitionsKnown,
    ReportLimits limits,
    ParseWarnings warnings)
{
    private readonly BoundedXmlText _text = new(reader, warnings);
    private readonly TestNamer _namer = new("test", limits, warnings);
    private readonly TrxRetries _retries = new();
    private readonly List<TrxResultFrame> _frames = [];
    private int _open;

    /// <summary>
    /// Reads the element the reader is on: a result (its test case, or null when it opens to inner results), or a child
    /// of an open result met after its inner results (skipped).
    /// </summary>
    public ParsedTestCase? ReadElement()
    {
        var parent = _open > 0 ? _frames[_open - 1] : null;
        if (parent is not null && reader.Depth == parent.Depth + 1)
        {
            reader.ConsumeElement();
            return null;
        }

        var frame = Open(parent);
        return ReadContent(frame) ? ToTestCase(frame) : null;
    }

    /// <summary>Closes the open result whose end tag the reader is on; other end tags (InnerResults) change nothing.</summary>
    public void EndElement()
    {
        if (_open > 0 && reader.Depth == _frames[_open - 1].Depth)
        {
            _open--;
        }
    }

    private TrxResultFrame Open(TrxResultFrame? parent)
    {
        if (_open == _frames.Count)
        {
            _frames.Add(new TrxResultFrame());
        }

        var frame = _frames[_open];
        frame.ClearOutput();
        frame.Depth = reader.Depth;
        frame.Line = (reader as IXmlLineInfo).LineNumber();
        string? testId = null, testName = null, outcome = null, duration = null, start = null, end = null, dataRow = null;
        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            if (ReferenceEquals(attribute, names.TestId)) testId = reader.Value;
            else if (ReferenceEquals(attribute, names.TestName)) testName = reader.Value;
            else if (ReferenceEquals(attribute, names.Outcome)) outcome = reader.Value;
            else if (ReferenceEquals(attribute, names.Duration)) duration = reader.Value;
            else if (ReferenceEquals(attribute, names.StartTime)) start = reader.Value;
            else if (ReferenceEquals(attribute, names.EndTime)) end = reader.Value;
            else if (ReferenceEquals(attribute, names.DataRowInfo)) dataRow = reader.Value;
        }

        reader.MoveToElement();
        frame.TestId = testId ?? parent?.TestId;
        frame.DataRow = dataRow;
        var known = definitions.TryGet(frame.TestId, out var definition);
        frame.Name = _namer.TryName(string.IsNullOrWhiteSpace(testName) ? parent?.Name ?? definition.Name : testName)
            ?? _namer.Placeholder(frame.Line);
        frame.ClassName = known ? definition.ClassName : parent?.ClassName;
        frame.Suite = known ? definition.Assembly : parent?.Suite;
        var subject = frame.Subject;
        if (!known && definitionsKnown && (testId is not null || parent is null))
        {
            warnings.Add(frame.Line, $"{subject} has no test definition; its class is not known");
        }

        frame.Status = TrxOutcomes.StatusOf(outcome, warnings, subject, frame.Line);
        frame.Timestamp = TimestampParser.Parse(start, warnings, subject);
        frame.Duration = duration is not null
            ? DurationParser.ParseTimeSpan(duration, warnings, subject)
            : Elapsed(frame.Timestamp, TimestampParser.Parse(end, warnings, subject));
        return frame;
    }

    /// <summary>Without a duration, the time between start and end, when both are there and in order.</summary>
    private static TimeSpan Elapsed(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } from && end is { } to && to >= from ? to - from : TimeSpan.Zero;

    /// <summary>
    /// Reads the result's children up to its end tag, and true: it is an execution. False, leaving the reader on a
    /// non-empty <c>InnerResults</c> and the frame open, when the result sums up inner results.
    /// </summary>
    private bool ReadContent(TrxResultFrame frame)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }

        var depth = reader.Depth;
        while (reader.ReadElementWithin(depth))
        {
            var child = reader.LocalName;
            if (ReferenceEquals(child, names.Output))
            {
                ReadOutput(frame);
            }
            else if (ReferenceEquals(child, names.InnerResults) && !reader.IsEmptyElement)
            {
                _open++;
                return false;
            }
            else
            {
                reader.ConsumeElement(); // ResultFiles, CollectorDataEntries, an empty InnerResults, …
            }
        }

        return true;
    }

    /// <summary>StdOut, StdErr and ErrorInfo's Message and StackTrace; DebugTrace, TraceInfo, TextMessages are skipped.</summary>
    private void ReadOutput(TrxResultFrame frame)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.ReadElementWithin(depth))
        {
            var child = reader.LocalName;
            if (ReferenceEquals(child, names.StdOut))
            {
                frame.StdOut = _text.Read(limits.MaxSystemOutLength, "system-out", frame.Subject);
            }
            else if (ReferenceEquals(child, names.StdErr))
            {
                frame.StdErr = _text.Read(limits.MaxSystemErrLength, "system-err", frame.Subject);
            }
            else if (ReferenceEquals(child, names.Message))
            {
                frame.Message = _text.Read(limits.MaxMessageLength, "message", frame.Subject);
            }
            else if (ReferenceEquals(child, names.StackTrace))
            {
                frame.StackTrace = _text.Read(limits.MaxFailureDetailLength, "failure detail", frame.Subject);
            }
            else if (!ReferenceEquals(child, names.ErrorInfo))
            {
                reader.ConsumeElement();
            }
        }
    }

    private ParsedTestCase ToTestCase(TrxResultFrame frame)
    {
        var message = frame.Message;
        var flaky = _retries.IsFlakyPass(frame.RetryKey, frame.Status, message, out var firstFailureMessage);
        return new ParsedTestCase(
            frame.Suite,
            frame.ClassName,
            frame.Name,
            frame.Status,
            frame.Duration,
            flaky ? firstFailureMessage ?? message : message,
            FailureType: null,
            frame.StackTrace,
            frame.Timestamp,
            File: null,
            frame.StdOut,
            frame.StdErr,
            flaky);
    }
}
