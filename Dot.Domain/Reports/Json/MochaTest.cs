namespace Dot.Domain.Reports.Json;

/// <summary>One entry of a Mocha JSON report's <c>tests</c>, <c>pending</c> or <c>failures</c>, as written. Reused for every entry.</summary>
internal sealed class MochaTest
{
    /// <summary>The test's own title: "should work".</summary>
    public string? Title { get; set; }

    /// <summary>The titles of its suites and its own, joined by spaces: "Context nested should work".</summary>
    public string? FullTitle { get; set; }

    public string? File { get; set; }

    /// <summary>Milliseconds; absent for a test that did not run.</summary>
    public double? Duration { get; set; }

    /// <summary>True from newer reporters for a pending (skipped) test.</summary>
    public bool Pending { get; set; }

    /// <summary>How many times the test was retried (<c>this.retries(n)</c>) before this, its last result.</summary>
    public double? CurrentRetry { get; set; }

    public string? ErrorMessage { get; set; }

    public string? ErrorStack { get; set; }

    /// <summary>The error's class: "AssertionError", "TypeError", …</summary>
    public string? ErrorName { get; set; }

    /// <summary>Mocha writes <c>"err": {}</c> for a test that did not fail.</summary>
    public bool Failed => !string.IsNullOrWhiteSpace(ErrorMessage) || !string.IsNullOrWhiteSpace(ErrorStack);

    /// <summary>Mocha's hooks are titled <c>"before all" hook</c>, <c>"after each" hook for "test"</c>, …</summary>
    public bool IsHook =>
        Title is { } title
        && (title.StartsWith("\"before ", StringComparison.Ordinal) || title.StartsWith("\"after ", StringComparison.Ordinal))
        && title.Contains("\" hook", StringComparison.Ordinal);

    public void Reset()
    {
        Title = FullTitle = File = ErrorMessage = ErrorStack = ErrorName = null;
        Duration = CurrentRetry = null;
        Pending = false;
    }
}
