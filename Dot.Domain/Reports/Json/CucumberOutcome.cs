using Dot.Domain.Results;

namespace Dot.Domain.Reports.Json;

/// <summary>
/// What the steps and hooks of one scenario add up to. The status is the most severe of theirs
/// (errored over failed over skipped over passed) and the message is that of the first most severe one:
/// <list type="bullet">
/// <item><c>passed</c>: passed.</item>
/// <item><c>failed</c>: failed, with the step's <c>error_message</c> (its first line the message, all of it the detail);
/// a failed hook (<c>before</c>/<c>after</c>, or cucumber-js's hidden hook steps) is errored: the test did not get to say.</item>
/// <item><c>skipped</c>, <c>pending</c>, <c>unused</c>, or no result: skipped (pending keeps its message as the reason).</item>
/// <item><c>undefined</c>, <c>ambiguous</c>: errored. The scenario could not run because its glue is broken (no step
/// definition, or several), Cucumber fails the run for them in strict mode (its default since Cucumber 7), and
/// counting them as skipped would hide a broken test from the pass rate.</item>
/// <item>any other status: errored, with a warning.</item>
/// </list>
/// The duration is the sum of the steps' and hooks' <c>result.duration</c>, in nanoseconds. One instance per parse, reused.
/// </summary>
internal sealed class CucumberOutcome
{
    public TestStatus Status { get; private set; }

    /// <summary>The message of the first most severe step, not yet cut to the limits.</summary>
    public string? Message { get; private set; }

    /// <summary>The full error message of that step, not yet cut to the limits.</summary>
    public string? Detail { get; private set; }

    public double Nanoseconds { get; private set; }

    public void Reset()
    {
        Status = TestStatus.Passed;
        Message = Detail = null;
        Nanoseconds = 0;
    }

    public void CopyFrom(CucumberOutcome other)
    {
        Status = other.Status;
        Message = other.Message;
        Detail = other.Detail;
        Nanoseconds = other.Nanoseconds;
    }

    /// <summary>Folds in what ran before this (a background): on equal severity the earlier message wins.</summary>
    public void Prepend(CucumberOutcome earlier)
    {
        if (earlier.Status != TestStatus.Passed && Severity(earlier.Status) >= Severity(Status))
        {
            Status = earlier.Status;
            Message = earlier.Message;
            Detail = earlier.Detail;
        }

        Nanoseconds += earlier.Nanoseconds;
    }

    public void AddDuration(double nanoseconds) => Nanoseconds += nanoseconds;

    /// <summary>Adds one step or hook; its keyword and name make the message of an undefined or pending step.</summary>
    public void Add(CucumberStepResult result, bool isHook, string? keyword, string? name)
    {
        var error = result.Error;
        switch (result.Status)
        {
            case CucumberStepStatus.Failed when isHook:
                Take(TestStatus.Errored, TextTruncation.FirstLine(error) ?? "a hook failed", error);
                break;
            case CucumberStepStatus.Failed:
                Take(TestStatus.Failed, TextTruncation.FirstLine(error) ?? $"step failed: {StepText(keyword, name)}", error);
                break;
            case CucumberStepStatus.Pending:
                Take(TestStatus.Skipped, TextTruncation.FirstLine(error) ?? $"pending step: {StepText(keyword, name)}", error);
                break;
            case CucumberStepStatus.Skipped or CucumberStepStatus.Unused or CucumberStepStatus.Missing:
                Take(TestStatus.Skipped, null, null);
                break;
            case CucumberStepStatus.Undefined:
                Take(TestStatus.Errored, $"undefined step: {StepText(keyword, name)}", error);
                break;
            case CucumberStepStatus.Ambiguous:
                Take(TestStatus.Errored, TextTruncation.FirstLine(error) ?? $"ambiguous step: {StepText(keyword, name)}", error);
                break;
            case CucumberStepStatus.Unknown:
                Take(TestStatus.Errored, $"unknown step status '{result.UnknownStatus}': {StepText(keyword, name)}", error);
                break;
        }
    }

    private void Take(TestStatus status, string? message, string? detail)
    {
        if (Severity(status) > Severity(Status))
        {
            Status = status;
            Message = message;
            Detail = detail;
        }
    }

    private static int Severity(TestStatus status) => status switch
    {
        TestStatus.Errored => 3,
        TestStatus.Failed => 2,
        TestStatus.Skipped => 1,
        _ => 0,
    };

    private static string StepText(string? keyword, string? name) =>
        string.IsNullOrWhiteSpace(name) ? "(unnamed step)" : $"{keyword?.Trim()} {name.Trim()}".TrimStart();
}
