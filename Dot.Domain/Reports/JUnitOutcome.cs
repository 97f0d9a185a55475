namespace Dot.Domain.Reports;

/// <summary>
/// What the result elements of one JUnit testcase say, ordered by severity: the most severe element decides
/// the status (error over failure over flaky over skipped), as the JUnit tools and their readers agree.
/// </summary>
internal enum JUnitOutcome
{
    /// <summary>No result element: the test passed, unless its status attribute says it did not run.</summary>
    None,

    /// <summary><c>skipped</c>.</summary>
    Skipped,

    /// <summary>Surefire's <c>flakyFailure</c>/<c>flakyError</c>: failed, then passed on a re-run.</summary>
    Flaky,

    /// <summary><c>failure</c>, or Surefire's <c>rerunFailure</c> (failed on every run).</summary>
    Failure,

    /// <summary><c>error</c>, or Surefire's <c>rerunError</c>.</summary>
    Error,
}
