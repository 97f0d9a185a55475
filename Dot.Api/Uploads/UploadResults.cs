using Dot.Domain.Uploads;

namespace Dot.Api.Uploads;

/// <summary>How the upload API answers: an upload object, or an error with a status and one sentence.</summary>
public static class UploadResults
{
    public static IResult Problem(int status, string message) =>
        Results.Json(new UploadError(message, null), statusCode: status);

    /// <summary>200 for a processed upload, 422 with its errors for a failed one, 202 while it is still on its way.</summary>
    public static IResult Of(Upload upload, HttpRequest request, bool waited)
    {
        var body = UploadResponse.From(upload, request);
        return (waited, upload.Status) switch
        {
            (true, UploadStatus.Succeeded) => Results.Json(body, statusCode: StatusCodes.Status200OK),
            (true, UploadStatus.Failed) => Results.Json(body, statusCode: StatusCodes.Status422UnprocessableEntity),
            _ => Results.Json(body, statusCode: StatusCodes.Status202Accepted),
        };
    }
}

public sealed record UploadError(string Error, IReadOnlyList<UploadProblem>? Errors);
