namespace Dot.Portal.Api.Models;

/// <summary>An upload and what became of it.</summary>
public sealed record Upload(
    string Id,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FinishedAt,
    string? Run,
    string? Environment,
    ReportCounts? Counts,
    IReadOnlyList<UploadFile> Files,
    IReadOnlyList<UploadProblem> Errors);
