using Dot.Domain.Results;

namespace Dot.Domain.Reports.NUnit;

/// <summary>
/// How an NUnit result reads as a <see cref="TestStatus"/> (values compared ignoring case):
/// <list type="table">
/// <listheader><term>NUnit 3 result (label)</term><description>NUnit 2 result → status</description></listheader>
/// <item><term>Passed</term><description>Success → passed</description></item>
/// <item><term>Warning</term><description>– → passed (the warning is kept as the message)</description></item>
/// <item><term>Failed</term><description>Failure → failed</description></item>
/// <item><term>Failed (Error, Cancelled, Invalid)</term><description>Error, Cancelled, NotRunnable → errored</description></item>
/// <item><term>Skipped (Ignored, Explicit), Inconclusive</term><description>Ignored, Skipped, Inconclusive → skipped</description></item>
/// </list>
/// An exception, a cancelled run and a test NUnit could not run because it is defined wrongly (NUnit 3's Invalid,
/// NUnit 2's NotRunnable) are errors, not assertion failures. Without a result (NUnit 2.2 and older), or with one NUnit
/// does not write (a warning then): <c>executed="False"</c> is skipped; <c>success="False"</c> or a failure element is
/// failed; anything else passed.
/// </summary>
internal static class NUnitStatus
{
    public static TestStatus Of(string? result, string? label, string? executed, string? success, bool hasFailure, ParseWarnings warnings, WarningSubject subject)
    {
        if (!string.IsNullOrWhiteSpace(result))
        {
            if (TryParse(result, label, out var status))
            {
                return status;
            }

            warnings.AddUnknownResult(result, subject, "NUnit", "read from its other attributes");
        }

        return Is(executed, "False") ? TestStatus.Skipped
            : hasFailure || Is(success, "False") ? TestStatus.Failed
            : TestStatus.Passed;
    }

    /// <summary>Whether a result attribute says the test passed with a warning (its reason is then the message).</summary>
    public static bool IsWarning(string? result) => Is(result, "Warning");

    private static bool TryParse(string result, string? label, out TestStatus status)
    {
        if (Is(result, "Passed") || Is(result, "Success") || Is(result, "Warning"))
        {
            status = TestStatus.Passed;
        }
        else if (Is(result, "Failed"))
        {
            status = Is(label, "Error") || Is(label, "Cancelled") || Is(label, "Invalid") ? TestStatus.Errored : TestStatus.Failed;
        }
        else if (Is(result, "Failure"))
        {
            status = TestStatus.Failed;
        }
        else if (Is(result, "Error") || Is(result, "Cancelled") || Is(result, "NotRunnable"))
        {
            status = TestStatus.Errored;
        }
        else if (Is(result, "Skipped") || Is(result, "Ignored") || Is(result, "Inconclusive"))
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

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
