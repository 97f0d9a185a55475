using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.Uploads;

namespace Dot.Api.Uploads;

/// <summary>The JSON an upload is described by, on POST and on GET /api/v1/uploads/{id}.</summary>
public sealed record UploadResponse(
    string Id,
    string Status,
    string StatusUrl,
    string DatasetId,
    string? Run,
    string? Environment,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<UploadFileResponse> Files,
    ReportCounts? Counts,
    IReadOnlyList<UploadProblem>? Errors,
    IReadOnlyList<string>? Warnings)
{
    public static UploadResponse From(Upload upload, HttpRequest request) =>
        new(
            upload.Id,
            upload.Status.ToString().ToUpperInvariant(),
            $"{request.Scheme}://{request.Host}{request.PathBase}/api/v1/uploads/{upload.Id}",
            upload.DatasetId,
            upload.RunKey,
            upload.Environment,
            upload.ReceivedAt,
            upload.FinishedAt,
            upload.Files.Select(f => new UploadFileResponse(f.Name, f.SizeBytes, ReportFormats.NameOf(f.Format), f.Counts)).ToList(),
            upload.Counts,
            upload.Errors,
            upload.Warnings);
}

public sealed record UploadFileResponse(string Name, long SizeBytes, string Format, ReportCounts? Counts);
