using Dot.Domain.Reports;
using Dot.Domain.Results;

namespace Dot.Domain.Analytics;

/// <summary>
/// Conditions on final executions besides scope and window; every condition set must hold, and an unset one
/// (null) lets everything through. Text conditions compare exactly, except <see cref="NameContains"/>.
/// </summary>
public sealed record ResultFilter
{
    /// <summary>The longest text a condition may carry: the longest name a report may give a test.</summary>
    public const int MaxTextLength = ReportLimits.DefaultNameLength;

    public static readonly ResultFilter None = new();

    /// <summary>Executions with one of these outcomes.</summary>
    public IReadOnlyList<TestStatus>? Statuses { get; init; }

    public string? Suite { get; init; }

    public string? ClassName { get; init; }

    /// <summary>Test names holding this text, compared case-insensitively; wildcard characters match only themselves.</summary>
    public string? NameContains { get; init; }

    public string? Environment { get; init; }

    /// <summary>The run id: the run key the uploads were sent with, or the upload id of an upload sent without one.</summary>
    public string? Run { get; init; }

    /// <summary>Null when the filter can be served, else a sentence saying why not.</summary>
    public string? Validate()
    {
        if (Statuses is { Count: 0 })
        {
            return "'status' needs at least one value; leave it out for every status.";
        }
        (string Name, string? Value)[] texts =
            [("suite", Suite), ("className", ClassName), ("nameContains", NameContains), ("environment", Environment), ("run", Run)];
        foreach (var (name, value) in texts)
        {
            if (value is { Length: > MaxTextLength })
            {
                return $"'{name}' may be at most {MaxTextLength} characters.";
            }
        }
        return null;
    }

    public bool Equals(ResultFilter? other) =>
        other is not null && ListEquality.Equal(Statuses, other.Statuses) && Suite == other.Suite && ClassName == other.ClassName
        && NameContains == other.NameContains && Environment == other.Environment && Run == other.Run;

    public override int GetHashCode() => HashCode.Combine(ListEquality.HashOf(Statuses), Suite, ClassName, NameContains, Environment, Run);
}
