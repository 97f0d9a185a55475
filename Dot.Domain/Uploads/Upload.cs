using Dot.Domain.Results;

namespace Dot.Domain.Uploads;

/// <summary>
/// One push of report files into a dataset, and what became of it. The raw files are kept in the raw store
/// under the upload's key; <see cref="ContentSha256"/> and <see cref="IdempotencyKey"/> make a re-sent upload
/// come back as this one instead of a duplicate.
/// </summary>
public sealed record Upload(
    string Id,
    string TenantId,
    string DatasetId,
    string TokenId,
    UploadStatus Status,
    IReadOnlyList<UploadFile> Files,
    string? RunKey,
    string? Environment,
    string? IdempotencyKey,
    string ContentSha256,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FinishedAt = null,
    ReportCounts? Counts = null,
    IReadOnlyList<UploadProblem>? Errors = null,
    IReadOnlyList<string>? Warnings = null)
{
    public const string IdPrefix = "upl";

    public bool IsFinished => Status is UploadStatus.Succeeded or UploadStatus.Failed;

    public long SizeBytes => Files.Sum(f => f.SizeBytes);
}
