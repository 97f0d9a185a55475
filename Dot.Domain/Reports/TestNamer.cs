using System.Xml;

namespace Dot.Domain.Reports;

/// <summary>
/// Gives every test a name. A test without one (or with a blank one) is kept, named "(unnamed {element} N)" with N
/// counting such tests in the report from 1, and a warning: dropping it would lose its outcome, and numbering keeps
/// the tests distinct. A long name is cut to the limit with a warning. One instance per parse.
/// </summary>
internal sealed class TestNamer(string element, ReportLimits limits, ParseWarnings warnings)
{
    private int _unnamedCount;

    public string NameOrPlaceholder(string? name, IXmlLineInfo? position)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            return TextTruncation.Truncate(name, limits.MaxNameLength, warnings, "name", WarningSubject.Test(name))!;
        }

        var placeholder = $"(unnamed {element} {++_unnamedCount})";
        warnings.Add(position.LineNumber(), $"{element} without a name recorded as '{placeholder}'");
        return placeholder;
    }
}
