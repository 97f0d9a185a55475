namespace Dot.Domain.Reports.XUnit;

/// <summary>
/// How an xUnit.net <c>result</c> reads as a <see cref="TestStatus"/> (ignoring case): Pass is passed, Fail failed,
/// Skip and NotRun (an explicit test not asked for) skipped. xUnit.net tells no error from a failure: an unexpected
/// exception is a failure with its <c>exception-type</c>. Without a (known) result, a failure element means failed,
/// a reason skipped, and anything else passed.
/// </summary>
internal static class XUnitStatus
{
    /// <summary>Reads a result attribute; false for a value xUnit.net does not write.</summary>
    public static bool TryParse(string result, out TestStatus status)
    {
        if (Is(result, "Pass"))
        {
            status = TestStatus.Passed;
        }
        else if (Is(result, "Fail"))
        {
            status = TestStatus.Failed;
        }
        else if (Is(result, "Skip") || Is(result, "NotRun"))
        {
            status = TestStatus.Skipped;
        }
        else
        {
            status = default;
            return false;
        }

        return true;
    }

    /// <summary>The status of a test without a (known) result attribute.</summary>
    public static TestStatus FromChildren(bool hasFailure, bool hasReason) =>
        hasFailure ? TestStatus.Failed : hasReason ? TestStatus.Skipped : TestStatus.Passed;

    private static bool Is(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
