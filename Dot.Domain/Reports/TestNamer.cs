namespace Dot.Domain.Reports;

/// <summary>
/// Gives every test of one report a name. A long name is cut to the limit with a warning. A test without a name (or
/// with a blank one) is kept, named "(unnamed {noun} N)" with N counting such tests in the report from 1, and a
/// warning: dropping it would lose its outcome, and numbering keeps the tests distinct. One instance per parse.
/// The two steps are apart so that a format can build the name first (Cucumber's outline rows) and work out the line
/// of the warning only when a placeholder is needed (it costs a scan of the buffer in JSON):
/// <c>namer.TryName(name) ?? namer.Placeholder(line)</c>.
/// </summary>
/// <param name="noun">What the format calls a test, e.g. "testcase", "test" or "scenario".</param>
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
