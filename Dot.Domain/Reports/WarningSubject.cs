namespace Dot.Domain.Reports;

/// <summary>What a warning is about, e.g. test 'adds numbers'. Formatted only when a warning is written.</summary>
public readonly record struct WarningSubject(string Kind, string Name)
{
    public static WarningSubject Test(string name) => new("test", name);

    public static WarningSubject Suite(string? name) => new("suite", name ?? string.Empty);

    public override string ToString() => $"{Kind} '{TextTruncation.Preview(Name)}'";
}
