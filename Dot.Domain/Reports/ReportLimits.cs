namespace Dot.Domain.Reports;

/// <summary>
/// How much text a parser keeps per test. Longer text is cut and a warning says so.
/// Every limit counts UTF-16 characters and must be positive.
/// </summary>
public sealed record ReportLimits
{
    public const int DefaultOutputLength = 64 * 1024;
    public const int DefaultMessageLength = 8 * 1024;
    public const int DefaultNameLength = 2 * 1024;

    public static ReportLimits Default { get; } = new();

    public int MaxSystemOutLength { get; init => field = Positive(value); } = DefaultOutputLength;

    public int MaxSystemErrLength { get; init => field = Positive(value); } = DefaultOutputLength;

    public int MaxFailureDetailLength { get; init => field = Positive(value); } = DefaultOutputLength;

    public int MaxMessageLength { get; init => field = Positive(value); } = DefaultMessageLength;

    /// <summary>Applies to test, class, suite, file and failure-type names.</summary>
    public int MaxNameLength { get; init => field = Positive(value); } = DefaultNameLength;

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
