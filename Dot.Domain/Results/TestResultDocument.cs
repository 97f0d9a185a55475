
namespace Dot.Domain.Results;

/// <summary>
/// One test execution as the analytics store keeps it: where it belongs (tenant, dataset, upload, run,
/// environment), what happened, and when its upload arrived. Restricted data (DESIGN section 6).
/// </summary>
public sealed record TestResultDocument(
    string TenantId,
    string DatasetId,
    string UploadId,
    string? RunKey,
    string? Environment,
    string? Suite,
    string? ClassName,
    string Name,
    TestStatus Status,
    double DurationMs,
    string? FailureMessage,
    string? FailureType,
    DateTimeOffset Timestamp,
    bool Flaky,
    DateTimeOffset UploadedAt);
