namespace Dot.Domain.Reports;

/// <summary>
/// How much text a parser keeps per test. Longer text is cut and a warning says so; only a longer XML tag
/// (<see cref="MaxStartTagLength"/>) rejects the report. Every limit counts UTF-16 characters and must be positive.
/// </summary>
public sealed record ReportLimits
{
    public const int DefaultOutputLength = 64 * 1024;
    public const int DefaultMessageLength = 8 * 1024;
    public const int DefaultNameLength = 2 * 1024;
    public const int DefaultStartTagLength = 4 * 1024 * 1024;

    public static ReportLimits Default { get; } = new();

    public int MaxSystemOutLength { get; init => field = Positive(value); } = DefaultOutputLength;

    public int MaxSystemErrLength { get; init => field = Positive(value); } = DefaultOutputLength;

    public int MaxFailureDetailLength { get; init => field = Positive(value); } = DefaultOutputLength;

    public int MaxMessageLength { get; init => field = Positive(value); } = DefaultMessageLength;

    /// <summary>Applies to test, class, suite, file and failure-type names.</summary>
    public int MaxNameLength { get; init => field = Positive(value); } = DefaultNameLength;

    /// <summary>
    /// The longest XML tag (name and attributes, e.g. a failure's <c>message</c>) a report may hold; a longer one rejects
    /// the report. <see cref="System.Xml.XmlReader"/> holds a whole tag in memory, so this bounds a parse's memory.
    /// </summary>
    public int MaxStartTagLength { get; init => field = Positive(value); } = DefaultStartTagLength;

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
