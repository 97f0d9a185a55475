using System.Security.Cryptography;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dot.Api.Uploads;

/// <summary>
/// Streams the report files of a request (a raw body, or every file part of multipart/form-data) into the raw
/// store, hashing them and telling their format from their content. A refused request leaves no file behind.
/// </summary>
public sealed class UploadReceiver(IRawStore raw, ReportParsers parsers, IOptions<UploadOptions> options)
{
    private const long MultipartOverhead = 1024 * 1024;
    private const int MaxBoundaryLength = 70;

    public async Task<(ReceivedUpload? Upload, UploadRejection? Rejection)> ReceiveAsync(
        HttpRequest request, string tenantId, string datasetId, string uploadId, ReportFormat? forcedFormat, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        AllowBodyUpTo(request.HttpContext, limits.MaxBytes + MultipartOverhead);
        if (request.ContentLength > limits.MaxBytes + MultipartOverhead)
        {
            return (null, TooLarge(limits.MaxBytes));
        }

        var files = new List<UploadFile>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var budget = new UploadBudget(limits.MaxBytes);
        UploadRejection? rejection;
        try
        {
            rejection = await ReadFilesAsync(request, async (name, content) =>
            {
                if (files.Count == limits.MaxFiles)
                {
                    return new UploadRejection(StatusCodes.Status413PayloadTooLarge, $"An upload holds at most {limits.MaxFiles} files.");
                }
                var key = new RawFileKey(tenantId, datasetId, uploadId, files.Count);
                var metered = new MeteredReadStream(content, hash, budget, ReportFormatDetector.HeadLength);
                await raw.WriteAsync(key, metered, cancellationToken);
                if (metered.BytesRead == 0)
                {
                    return new UploadRejection(StatusCodes.Status422UnprocessableEntity, $"The file '{name}' is empty.");
                }
                if ((forcedFormat ?? ReportFormatDetector.Detect(metered.Head)) is not { } format)
                {
                    return new UploadRejection(StatusCodes.Status415UnsupportedMediaType,
                        $"The file '{name}' is not a report format DoT reads (detected from its content). Supported: {parsers.SupportedList}.");
                }
                if (!parsers.Supports(format))
                {
                    return new UploadRejection(StatusCodes.Status415UnsupportedMediaType,
                        $"The file '{name}' is a {ReportFormats.NameOf(format)} report, which DoT does not read yet. Supported: {parsers.SupportedList}.");
                }
                files.Add(new UploadFile(name, metered.BytesRead, format));
                return null;
            });
        }
        catch (UploadTooLargeException exception)
        {
            rejection = TooLarge(exception.Limit);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            rejection = TooLarge(limits.MaxBytes);
        }
        catch (InvalidDataException exception)
        {
            rejection = new UploadRejection(StatusCodes.Status400BadRequest, "The multipart body is malformed: " + exception.Message);
        }
        catch
        {
            await raw.DeleteUploadAsync(tenantId, datasetId, uploadId, CancellationToken.None);
            throw;
        }

        if (rejection is null && files.Count == 0)
        {
            rejection = new UploadRejection(StatusCodes.Status422UnprocessableEntity, "The upload holds no report: send the file as the body, or as a multipart file part.");
        }
        if (rejection is not null)
        {
            await raw.DeleteUploadAsync(tenantId, datasetId, uploadId, CancellationToken.None);
            return (null, rejection);
        }
        return (new ReceivedUpload(files, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
    }

    /// <summary>Calls <paramref name="onFile"/> for each file in the body, stopping at the first rejection.</summary>
    private static async Task<UploadRejection?> ReadFilesAsync(HttpRequest request, Func<string, Stream, Task<UploadRejection?>> onFile)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await onFile("report", request.Body);
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

    private static void AllowBodyUpTo(HttpContext context, long bytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = bytes;
        }
    }

    private static UploadRejection TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The upload is larger than the limit of {limit} bytes.");
}
