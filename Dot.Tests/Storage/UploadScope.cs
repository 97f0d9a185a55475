using Dot.Domain.Identifiers;
using Dot.Domain.Reports;
using Dot.Domain.Results;

namespace Dot.Tests.Storage;

/// <summary>One upload of one tenant's dataset, with fresh opaque ids, and the result documents it carries.</summary>
public sealed record UploadScope(string TenantId, string DatasetId, string UploadId)
{
    public static readonly DateTimeOffset Noon = new(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);

    public static UploadScope New() => new(OpaqueId.New("ten"), OpaqueId.New("dst"), OpaqueId.New("upl"));

    public UploadScope NextUpload() => this with { UploadId = OpaqueId.New("upl") };

    public TestSummaryQuery Summary(DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        new(TenantId, DatasetId, from, to);

    public TestResultDocument Result(TestStatus status, DateTimeOffset? at = null, int number = 0) =>
        new(TenantId, DatasetId, UploadId, RunKey: "run-1", Environment: "ci", Suite: "suite", ClassName: "Checkout",
            Name: $"test {number}", status, DurationMs: 12.5,
            FailureMessage: status is TestStatus.Failed or TestStatus.Errored ? "expected 1, got 2" : null,
            FailureType: status is TestStatus.Failed or TestStatus.Errored ? "AssertionError" : null,
            Timestamp: at ?? Noon, Flaky: false);

    public IEnumerable<TestResultDocument> Results(TestStatus status, int count, DateTimeOffset? at = null) =>
        Enumerable.Range(0, count).Select(number => Result(status, at, number));
}
