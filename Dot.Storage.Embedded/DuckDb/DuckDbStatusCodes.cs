using Dot.Domain.Results;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// How a <see cref="TestStatus"/> is stored: one UTINYINT (bit-packed on disk, integer compares and a perfect-hash
/// GROUP BY in scans). The codes are fixed here rather than taken from the enum's ordinals, so reordering the enum
/// can never relabel stored rows; new statuses get new codes.
/// </summary>
internal static class DuckDbStatusCodes
{
    public static byte Of(TestStatus status) => status switch
    {
        TestStatus.Passed => 0,
        TestStatus.Failed => 1,
        TestStatus.Errored => 2,
        TestStatus.Skipped => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown test status."),
    };

    public static TestStatus ToStatus(byte code) => code switch
    {
        0 => TestStatus.Passed,
        1 => TestStatus.Failed,
        2 => TestStatus.Errored,
        3 => TestStatus.Skipped,
        _ => throw new InvalidOperationException($"Unknown stored test status code {code}."),
    };
}
