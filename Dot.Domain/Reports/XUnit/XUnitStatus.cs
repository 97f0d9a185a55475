using Dot.Domain.Results;

namespace Dot.Domain.Reports.XUnit;

/// <summary>
/// How an xUnit.net <c>result</c> reads as a <see cref="TestStatus"/> (ignoring case): Pass is passed, Fail failed,
/// Skip and NotRun (an explicit test not asked for) skipped. xUnit.net tells no error from a failure: an unexpected
/// exception is a failure with its <c>exception-type</c>. Without a result, or with one xUnit.net does not write
/// (a warning then), a failure element means failed, a reason skipped, and anything else passed.
/// </summary>
internal static class XUnitStatus
{
    public static TestStatus Of(string? result, bool hasFailure, bool hasReason, ParseWarnings warnings, WarningSubject subject)
    {
        if (Is(result, "Pass"))
        {
            return TestStatus.Passed;
        }

        if (Is(result, "Fail"))
        {
            return TestStatus.Failed;
        }

        if (Is(result, "Skip") || Is(result, "NotRun"))
        {
            return TestStatus.Skipped;
        }

        if (!string.IsNullOrWhiteSpace(result))
        {
            warnings.AddUnknownResult(result, subject, "xUnit.net", "read from its other elements");
        }

        return hasFailure ? TestStatus.Failed : hasReason ? TestStatus.Skipped : TestStatus.Passed;
    }

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
