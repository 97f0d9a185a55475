namespace Dot.Domain.Reports;

/// <summary>An open suite: its name (innermost suite only) and its timestamp (inherited from outer suites).</summary>
internal readonly record struct SuiteFrame(string? Name, DateTimeOffset? Timestamp);
