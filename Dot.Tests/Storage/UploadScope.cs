using Dot.Domain.Analytics;
using Dot.Domain.Identifiers;
using Dot.Domain.Results;

namespace Dot.Tests.Storage;

/// <summary>
/// One upload of one tenant's dataset, with fresh opaque ids, and the result documents it carries: in a run of its
/// own unless <see cref="RunKey"/> names one, arriving at <see cref="UploadedAt"/>.
/// </summary>
public sealed record UploadScope(string TenantId, string DatasetId, string UploadId)
{
    public string? RunKey { get; init; }

    public DateTimeOffset UploadedAt { get; init; } = Noon;

    public static readonly DateTimeOffset Noon = new(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);

    public static UploadScope New() => new(OpaqueId.New("ten"), OpaqueId.New("dst"), OpaqueId.New("upl"));

    public UploadScope NextUpload() => this with { UploadId = OpaqueId.New("upl"), UploadedAt = UploadedAt.AddMinutes(1) };

    public UploadScope InRun(string runKey) => this with { RunKey = runKey };

    public TestSummaryQuery Summary(DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        new(AnalyticsScope.Of(TenantId, DatasetId), from, to);

    public TestResultDocument Result(TestStatus status, DateTimeOffset? at = null, int number = 0) =>
        new(TenantId, DatasetId, UploadId, RunKey, Environment: "ci", Suite: "suite", ClassName: "Checkout",
            Name: $"test {number}", status, DurationMs: 12.5,
            FailureMessage: status is TestStatus.Failed or TestStatus.Errored ? "expected 1, got 2" : null,
            FailureType: status is TestStatus.Failed or TestStatus.Errored ? "AssertionError" : null,
            Timestamp: at ?? Noon, Flaky: false, UploadedAt);

    public IEnumerable<TestResultDocument> Results(TestStatus status, int count, DateTimeOffset? at = null) =>
        Enumerable.Range(0, count).Select(number => Result(status, at, number));
}
