namespace Dot.Bench.Suites;

/// <summary>The size of the load and fault suites: CI clients, reports and results per report, and the generator's seed.</summary>
public sealed record SuiteSpec(int Clients, int Reports, int ResultsPerReport, ulong Seed);
