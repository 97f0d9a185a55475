using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// The children NUnit and xUnit.net write inside a test: <c>failure</c> (an optional <c>exception-type</c>, and
/// <c>message</c> and <c>stack-trace</c> children), <c>reason</c> (the skip reason, as text or in a <c>message</c>
/// child) and <c>output</c>. Texts are cut to the limits (message and reason to the message limit, the stack trace to
/// the failure detail limit, output to the system-out limit); blank text is null. Other children are skipped, with a
/// warning unless the format ignores them. One instance per parse, its values replaced on every <see cref="Read"/>.
/// </summary>
internal sealed class ResultChildren(XmlReader reader, ReportLimits limits, ParseWarnings warnings, Func<string, bool> isIgnored)
{
    private readonly BoundedXmlText _text = new(reader, warnings);
    private readonly string _failure = reader.NameTable.Add("failure");
    private readonly string _exceptionType = reader.NameTable.Add("exception-type");
    private readonly string _message = reader.NameTable.Add("message");
    private readonly string _stackTrace = reader.NameTable.Add("stack-trace");
    private readonly string _reason = reader.NameTable.Add("reason");
    private readonly string _output = reader.NameTable.Add("output");

    public bool HasFailure { get; private set; }

    public bool HasReason { get; private set; }

    public string? FailureType { get; private set; }

    public string? Message { get; private set; }

    public string? StackTrace { get; private set; }

    public string? Reason { get; private set; }

    public string? Output { get; private set; }

    /// <summary>Reads the children of the test element the reader is on, leaving the reader on its end tag.</summary>
    public void Read(WarningSubject subject)
    {
        HasFailure = HasReason = false;
        FailureType = Message = StackTrace = Reason = Output = null;
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.ReadElementWithin(depth))
        {
            ReadChild(reader.LocalName, subject);
        }
    }

    private void ReadChild(string child, WarningSubject subject)
    {
        if (ReferenceEquals(child, _failure))
        {
            HasFailure = true;
            FailureType = TextTruncation.Clean(reader.GetAttribute(_exceptionType), limits.MaxNameLength, warnings, "failure type", subject);
            ReadFailure(subject);
        }
        else if (ReferenceEquals(child, _reason))
        {
            HasReason = true;
            Reason = _text.Read(limits.MaxMessageLength, "message", subject, descendInto: _message);
        }
        else if (ReferenceEquals(child, _output))
        {
            Output = _text.Read(limits.MaxSystemOutLength, "output", subject);
        }
        else if (isIgnored(child))
        {
            reader.ConsumeElement();
        }
        else
        {
            reader.SkipUnknownElement(warnings, subject);
        }
    }

    private void ReadFailure(WarningSubject subject)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.ReadElementWithin(depth))
        {
            if (ReferenceEquals(reader.LocalName, _message))
            {
                Message = _text.Read(limits.MaxMessageLength, "message", subject);
            }
            else if (ReferenceEquals(reader.LocalName, _stackTrace))
            {
                StackTrace = _text.Read(limits.MaxFailureDetailLength, "failure detail", subject);
            }
            else
            {
                reader.ConsumeElement();
            }
        }
    }
}
