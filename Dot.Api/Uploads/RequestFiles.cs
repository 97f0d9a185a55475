using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Dot.Api.Uploads;

/// <summary>The files a request carries: its body, or every part of a multipart/form-data body that has a file name.</summary>
public static class RequestFiles
{
    private const int MaxBoundaryLength = 70;
    private const string BodyName = "report";

    /// <summary>Calls <paramref name="onFile"/> for each file in the body, in order, stopping at the first rejection.</summary>
    public static async Task<UploadRejection?> ReadAsync(HttpRequest request, Func<string, Stream, Task<UploadRejection?>> onFile)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await onFile(BodyName, request.Body);
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength)
        {
            return new UploadRejection(StatusCodes.Status400BadRequest, "The multipart body has no valid boundary.");
        }
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var fileName = disposition?.FileName.Value ?? disposition?.FileNameStar.Value;
            if (string.IsNullOrEmpty(fileName))
            {
                continue;
            }
            if (await onFile(Path.GetFileName(fileName), section.Body) is { } rejection)
            {
                return rejection;
            }
        }
        return null;
    }
}
