namespace Dot.Domain.Reports.Json;

/// <summary>The <c>result</c> of one Cucumber step or hook.</summary>
/// <param name="Status">What it says.</param>
/// <param name="Error">Its <c>error_message</c>: a stack trace for a failure, the reason for a pending step.</param>
/// <param name="UnknownStatus">The status as written, when it is none that Cucumber writes.</param>
internal readonly record struct CucumberStepResult(CucumberStepStatus Status, string? Error, string? UnknownStatus);
