namespace Dot.Portal.Api.Models;

/// <summary>A flaky test.</summary>
public sealed record FlakyTest(string? Suite, string? ClassName, string Name, long Runs, long FlakyRuns, double FlakeRate);
