namespace Dot.Portal.Api.Models;

/// <summary>Counts of an upload.</summary>
public sealed record ReportCounts(int Tests, int Passed, int Failed, int Errored, int Skipped, int WorkItems);
