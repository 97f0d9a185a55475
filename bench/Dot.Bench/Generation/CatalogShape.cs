namespace Dot.Bench.Generation;

/// <summary>
/// How a made-up project is laid out: its suites (test classes), their sizes (log-uniform between the bounds), and
/// whether its failures repeat a few causes (<see cref="FailureText.Recurring"/>) or each say something of their own.
/// </summary>
internal sealed record CatalogShape(int Suites, int MinSuiteSize, int MaxSuiteSize, bool RecurringFailures)
{
    /// <summary>The query and ingest benchmarks' project: 12 suites of 50 to 5,000 tests, failures each their own.</summary>
    public static CatalogShape Nightly { get; } = new(Workloads.CatalogSuites, TestCatalog.MinSuiteSize, TestCatalog.MaxSuiteSize, RecurringFailures: false);
}
