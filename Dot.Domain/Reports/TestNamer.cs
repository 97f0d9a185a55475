namespace Dot.Domain.Reports;

/// <summary>
/// Names the tests of one report: a long name is cut with a warning, and a test without a name (or with a blank one)
/// is kept as "(unnamed {noun} N)", N counting such tests in the report from 1, with a warning. Dropping a nameless
/// test would lose its outcome, and numbering keeps such tests distinct. One instance per parse.
/// </summary>
/// <param name="noun">What the format calls a test, e.g. "testcase" or "scenario".</param>
/// <param name="limits">Whose <see cref="ReportLimits.MaxNameLength"/> cuts names.</param>
/// <param name="warnings">Where cuts and placeholders are reported.</param>
internal sealed class TestNamer(string noun, ReportLimits limits, ParseWarnings warnings)
{
    private int _unnamedCount;

    /// <summary>The name, cut to <see cref="ReportLimits.MaxNameLength"/>; null when it is missing or blank.</summary>
    public string? TryName(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? null
            : TextTruncation.Truncate(name, limits.MaxNameLength, warnings, "name", WarningSubject.Test(name));

    /// <summary>The next placeholder name, with a warning that says where (when <paramref name="line"/> is known).</summary>
    public string Placeholder(int? line)
    {
        var placeholder = $"(unnamed {noun} {++_unnamedCount})";
        warnings.Add(line, $"{noun} without a name recorded as '{placeholder}'");
        return placeholder;
    }
}
