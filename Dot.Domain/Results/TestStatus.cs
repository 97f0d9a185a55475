namespace Dot.Domain.Results;

/// <summary>The outcome of one test execution, whatever report format it came from.</summary>
public enum TestStatus
{
    Passed,
    Failed,
    Errored,
    Skipped,
}
