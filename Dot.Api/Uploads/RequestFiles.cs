using System.Runtime.CompilerServices;
using Dot.Domain.Intake;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Dot.Api.Uploads;

/// <summary>The files a request carries: its body, or every part of a multipart/form-data body that has a file name.</summary>
public static class RequestFiles
{
    private const int MaxBoundaryLength = 70;
    private const string BodyName = "report";

    /// <summary>
    /// The request's files for the intake, in order, or the refusal of a body in an unsupported encoding or of a
    /// multipart body without a usable boundary.
    /// </summary>
    public static (IAsyncEnumerable<IntakeFile>? Files, IntakeRefusal? Refusal) Of(HttpRequest request, int maxRatio, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refusal) = RequestBody.Decoded(request, maxRatio, maxBytes);
        if (body is null)
        {
            return (null, refusal);
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (new[] { new IntakeFile(BodyName, body) }.ToAsyncEnumerable(), null);
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        return string.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength
            ? (null, new IntakeRefusal(IntakeRefusalReason.MalformedBody, "The multipart body has no valid boundary."))
            : (Parts(new MultipartReader(boundary, body), request.HttpContext.RequestAborted), null);
    }

    /// <summary>The refusal a failure while reading the request's files stands for, or null for any other failure.</summary>
    public static IntakeRefusal? RefusalFor(Exception exception, long maxBytes) => exception switch
    {
        RequestBodyException { StatusCode: StatusCodes.Status413PayloadTooLarge } => IntakeRefusal.TooLarge(maxBytes),
        RequestBodyException { StatusCode: StatusCodes.Status408RequestTimeout } =>
            new IntakeRefusal(IntakeRefusalReason.TooSlow, "The request body arrived too slowly and was cut off; send it again."),
        RequestBodyException => new IntakeRefusal(IntakeRefusalReason.MalformedBody, "The request body ended before it was complete; send it again."),
        InvalidDataException => new IntakeRefusal(IntakeRefusalReason.MalformedBody, "The multipart body is malformed: " + exception.Message),
        _ => null,
    };

    private static async IAsyncEnumerable<IntakeFile> Parts(MultipartReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await ClientBodyStream.ReadingAsync(async () => await reader.ReadNextSectionAsync(cancellationToken)) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var fileName = disposition?.FileName.Value ?? disposition?.FileNameStar.Value;
            if (!string.IsNullOrEmpty(fileName))
            {
                yield return new IntakeFile(Path.GetFileName(fileName), new ClientBodyStream(section.Body));
            }
        }
    }
}
