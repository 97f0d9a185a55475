namespace Dot.Domain.Reports;

/// <summary>
/// The suites open at the reader's position, innermost on top. A case takes the name of the innermost suite and the
/// timestamp of the nearest suite that has one. One instance per parse.
/// </summary>
internal sealed class SuiteStack(ReportLimits limits, ParseWarnings warnings)
{
    private readonly Stack<SuiteFrame> _open = new();

    /// <summary>The innermost open suite; a default frame (no name, no timestamp) outside any suite.</summary>
    public SuiteFrame Current => _open.TryPeek(out var frame) ? frame : default;

    /// <summary>Opens a suite: its name cleaned and cut to the limit, its timestamp parsed or else inherited.</summary>
    public void Enter(string? name, string? timestamp)
    {
        var subject = WarningSubject.Suite(name);
        _open.Push(new SuiteFrame(
            TextTruncation.Clean(name, limits.MaxNameLength, warnings, "name", subject),
            TimestampParser.Parse(timestamp, warnings, subject) ?? Current.Timestamp));
    }

    /// <summary>Opens a grouping that is no suite of its own (e.g. NUnit's parameterized method): the suite name stays.</summary>
    public void EnterGroup(string? timestamp)
    {
        var current = Current;
        _open.Push(current with
        {
            Timestamp = TimestampParser.Parse(timestamp, warnings, WarningSubject.Suite(current.Name)) ?? current.Timestamp,
        });
    }

    public void Leave() => _open.Pop();
}
