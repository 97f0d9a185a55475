namespace Dot.Portal.Api.Models;

/// <summary>A slow test (milliseconds).</summary>
public sealed record SlowTest(string? Suite, string? ClassName, string Name, long Runs, double P50, double P95, double Max);
