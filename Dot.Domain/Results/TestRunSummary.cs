namespace Dot.Domain.Results;

/// <summary>
/// One test run of a dataset: the uploads that share a run key (CI shards and re-runs), or one upload sent without
/// a key. Counts hold each test's final execution in the run; <see cref="Flaky"/> counts tests that failed and then
/// passed in it.
/// </summary>
public sealed record TestRunSummary(
    string RunId,
    string? RunKey,
    int Uploads,
    TestSummary Counts,
    double DurationMs,
    DateTimeOffset FirstUploadAt,
    DateTimeOffset LastUploadAt,
    long Flaky);
