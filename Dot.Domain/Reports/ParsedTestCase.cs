using Dot.Domain.Results;

namespace Dot.Domain.Reports;

/// <summary>
/// One normalised test execution read from a report, independent of the report format.
/// The ingest pipeline adds tenant, dataset, upload and run; parsers know nothing of them.
/// </summary>
/// <param name="Suite">The innermost suite that holds the test, if it has a name.</param>
/// <param name="ClassName">The class (or group) of the test, if the report names one.</param>
/// <param name="Name">The test name; never empty (parsers give nameless tests a documented placeholder).</param>
/// <param name="Status">The outcome of this execution.</param>
/// <param name="Duration">Wall time of the execution; zero when the report has none or an invalid one.</param>
/// <param name="FailureMessage">
/// The failure or error message; for a skipped test the skip reason; for a flaky pass the message of the first failed attempt.
/// </param>
/// <param name="FailureType">The exception or failure type, if the report names one.</param>
/// <param name="FailureDetail">The stack trace or failure body, truncated to <see cref="ReportLimits.MaxFailureDetailLength"/>.</param>
/// <param name="Timestamp">When the test (or its suite) started; reports without an offset are read as UTC.</param>
/// <param name="File">The source file of the test, if the report names one.</param>
/// <param name="SystemOut">Standard output captured for this test, truncated to <see cref="ReportLimits.MaxSystemOutLength"/>.</param>
/// <param name="SystemErr">Standard error captured for this test, truncated to <see cref="ReportLimits.MaxSystemErrLength"/>.</param>
/// <param name="Flaky">True when the test failed at first and passed on a re-run (status is then <see cref="TestStatus.Passed"/>).</param>
public sealed record ParsedTestCase(
    string? Suite,
    string? ClassName,
    string Name,
    TestStatus Status,
    TimeSpan Duration,
    string? FailureMessage,
    string? FailureType,
    string? FailureDetail,
    DateTimeOffset? Timestamp,
    string? File,
    string? SystemOut,
    string? SystemErr,
    bool Flaky);
