using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// A report that cannot be read: not well-formed, not the expected format, or refused (a DTD).
/// <see cref="Exception.Message"/> says where and why, e.g. "line 12, column 5: unexpected end of file".
/// </summary>
public sealed class ReportParseException : Exception
{
    public ReportParseException()
        : this("the report could not be parsed")
    {
    }

    public ReportParseException(string message)
        : this(message, null, null)
    {
    }

    public ReportParseException(string message, Exception? innerException)
        : this(message, null, null, innerException)
    {
    }

    public ReportParseException(string reason, int? line, int? column, Exception? innerException = null)
        : base(Describe(reason, line, column), innerException)
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>Why the report was rejected, without the position.</summary>
    public string Reason { get; }

    /// <summary>1-based line of the problem, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the problem, when known.</summary>
    public int? Column { get; }

    /// <summary>
    /// Wraps an <see cref="XmlException"/>, keeping its position but not its "Line x, position y." suffix.
    /// A refused DTD gets a reason meant for the uploader; <see cref="XmlReader"/> gives no position for it.
    /// A missing root element (an empty report), for which it gives none either, is placed at line 1, column 1.
    /// </summary>
    public static ReportParseException FromXml(XmlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = exception.Message;
        var suffix = $" Line {exception.LineNumber}, position {exception.LinePosition}.";
        if (reason.EndsWith(suffix, StringComparison.Ordinal))
        {
            reason = reason[..^suffix.Length];
        }

        if (reason.Contains("DTD is prohibited", StringComparison.Ordinal))
        {
            reason = "a DTD (<!DOCTYPE>) is not allowed in a report; it was refused, not read";
        }

        int? line = exception.LineNumber > 0 ? exception.LineNumber : null;
        int? column = exception.LinePosition > 0 ? exception.LinePosition : null;
        if (line is null && reason.StartsWith("Root element is missing", StringComparison.Ordinal))
        {
            // Input that ends before any element (empty, blank, a lone declaration): the root was due at the start.
            (line, column) = (1, 1);
        }

        return new ReportParseException(reason, line, column, exception);
    }

    private static string Describe(string reason, int? line, int? column) => (line, column) switch
    {
        (int l, int c) => $"line {l}, column {c}: {reason}",
        (int l, null) => $"line {l}: {reason}",
        _ => reason,
    };
}
