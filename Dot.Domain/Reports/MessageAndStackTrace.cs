using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// Reads a result element that holds its text in child elements, as NUnit and xUnit.net write a failure:
/// <c>&lt;failure&gt;&lt;message&gt;…&lt;/message&gt;&lt;stack-trace&gt;…&lt;/stack-trace&gt;&lt;/failure&gt;</c>.
/// The message is cut to <see cref="ReportLimits.MaxMessageLength"/>, the stack trace to
/// <see cref="ReportLimits.MaxFailureDetailLength"/>; other children are skipped. One instance per parse.
/// </summary>
internal sealed class MessageAndStackTrace(XmlReader reader, BoundedXmlText text, ReportLimits limits)
{
    private readonly string _message = reader.NameTable.Add("message");
    private readonly string _stackTrace = reader.NameTable.Add("stack-trace");

    /// <summary>Reads the element the reader is on, leaving the reader on its end tag. Blank texts are null.</summary>
    public (string? Message, string? StackTrace) Read(WarningSubject subject)
    {
        string? message = null, stackTrace = null;
        if (reader.IsEmptyElement)
        {
            return (message, stackTrace);
        }

        var depth = reader.Depth;
        while (reader.ReadWithin(depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (ReferenceEquals(reader.LocalName, _message))
            {
                message = text.Read(limits.MaxMessageLength, "message", subject);
            }
            else if (ReferenceEquals(reader.LocalName, _stackTrace))
            {
                stackTrace = text.Read(limits.MaxFailureDetailLength, "failure detail", subject);
            }
            else
            {
                reader.ConsumeElement();
            }
        }

        return (message, stackTrace);
    }

    /// <summary>
    /// Reads a reason written as text (xUnit.net 2) or inside a <c>message</c> child (NUnit, xUnit.net 1), leaving the
    /// reader on its end tag; cut to <see cref="ReportLimits.MaxMessageLength"/>.
    /// </summary>
    public string? ReadReason(WarningSubject subject) =>
        text.Read(limits.MaxMessageLength, "message", subject, descendInto: _message);
}
