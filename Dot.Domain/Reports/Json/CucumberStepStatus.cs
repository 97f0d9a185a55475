namespace Dot.Domain.Reports.Json;

/// <summary>The <c>result.status</c> of a Cucumber step or hook, as cucumber-jvm, cucumber-js and cucumber-ruby write it.</summary>
internal enum CucumberStepStatus
{
    Passed,
    Failed,
    Skipped,
    Pending,
    Undefined,
    Ambiguous,

    /// <summary>cucumber-jvm's "unused" (a step that was not run): counted as skipped.</summary>
    Unused,

    /// <summary>A status none of the Cucumbers write.</summary>
    Unknown,

    /// <summary>A step without a result: it did not run.</summary>
    Missing,
}
