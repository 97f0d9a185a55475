using System.Xml;

namespace Dot.Domain.Reports.XUnit;

/// <summary>
/// Reads one <c>test</c> element, xUnit.net v2 or v1, into a <see cref="ParsedTestCase"/>. One instance per parse, reused
/// for every test. The class is <c>type</c>; the name is the display name <c>name</c> without the "type." prefix
/// xUnit.net puts before the method, so "Ns.C.M(x: 1)" of type "Ns.C" is "M(x: 1)" (each theory row stays a test of
/// its own), and a name without it stays whole. A test without a name takes its <c>method</c>, else it is kept as
/// "(unnamed test N)". The message is the failure's, or the skip reason; the failure type is its <c>exception-type</c>.
/// </summary>
internal sealed class XUnitTestReader(XmlReader reader, XUnitNames names, ReportLimits limits, ParseWarnings warnings)
{
    private readonly IXmlLineInfo? _lineInfo = reader as IXmlLineInfo;
    private readonly ResultChildren _children = new(reader, limits, warnings, names.IsIgnoredInTest);
    private readonly TestNamer _namer = new("test", limits, warnings);

    /// <summary>Reads the test the reader is on, leaving the reader on its end tag.</summary>
    public ParsedTestCase Read(SuiteFrame suite)
    {
        string? name = null, type = null, method = null, result = null, time = null;
        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            if (ReferenceEquals(attribute, names.Name)) name = reader.Value;
            else if (ReferenceEquals(attribute, names.Type)) type = reader.Value;
            else if (ReferenceEquals(attribute, names.Method)) method = reader.Value;
            else if (ReferenceEquals(attribute, names.Result)) result = reader.Value;
            else if (ReferenceEquals(attribute, names.Time)) time = reader.Value;
        }

        reader.MoveToElement();
        name = _namer.TryName(WithoutTypePrefix(string.IsNullOrWhiteSpace(name) ? method : name, type))
            ?? _namer.Placeholder(_lineInfo.LineNumber());
        var subject = WarningSubject.Test(name);
        type = TextTruncation.Clean(type, limits.MaxNameLength, warnings, "class name", subject);
        _children.Read(subject);
        return new ParsedTestCase(
            suite.Name,
            type,
            name,
            XUnitStatus.Of(result, _children.HasFailure, _children.HasReason, warnings, subject),
            DurationParser.Parse(time, warnings, subject),
            _children.HasFailure ? _children.Message : _children.Reason,
            _children.FailureType,
            _children.StackTrace,
            suite.Timestamp,
            File: null,
            _children.Output,
            SystemErr: null,
            Flaky: false);
    }

    private static string? WithoutTypePrefix(string? name, string? type) =>
        name is not null && !string.IsNullOrEmpty(type) && name.Length > type.Length + 1
            && name[type.Length] == '.' && name.StartsWith(type, StringComparison.Ordinal)
            ? name[(type.Length + 1)..]
            : name;
}
