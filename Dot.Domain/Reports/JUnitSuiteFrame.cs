namespace Dot.Domain.Reports;

/// <summary>An open testsuite: its name (innermost suite only) and its timestamp (inherited from outer suites).</summary>
internal readonly record struct JUnitSuiteFrame(string? Name, DateTimeOffset? Timestamp);
