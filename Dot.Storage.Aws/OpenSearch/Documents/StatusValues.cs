using Dot.Domain.Results;

namespace Dot.Storage.Aws.OpenSearch.Documents;

/// <summary>A test status as the results index keeps it: its lower-case name.</summary>
public static class StatusValues
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Errored = "errored";
    public const string Skipped = "skipped";

    public static string Of(TestStatus status) => status switch
    {
        TestStatus.Passed => Passed,
        TestStatus.Failed => Failed,
        TestStatus.Errored => Errored,
        TestStatus.Skipped => Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown test status."),
    };

    public static TestStatus ToStatus(string value) => value switch
    {
        Passed => TestStatus.Passed,
        Failed => TestStatus.Failed,
        Errored => TestStatus.Errored,
        Skipped => TestStatus.Skipped,
        _ => throw new FormatException($"'{value}' is not a stored test status."),
    };
}
