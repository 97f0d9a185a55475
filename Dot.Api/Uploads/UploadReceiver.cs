using System.Security.Cryptography;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Dot.Api.Uploads;

/// <summary>
/// Streams the report files of a request (a raw body, or every file part of multipart/form-data; a zip archive
/// counts as the reports it holds) into the raw store, hashing them and telling their format from their content.
/// A refused request leaves no file behind.
/// </summary>
public sealed class UploadReceiver(IRawStore raw, ReportFileClassifier classifier, ArchiveInspector archives, IOptions<UploadOptions> options)
{
    private const long MultipartOverhead = 1024 * 1024;

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
        var rawCount = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var budget = new UploadBudget(limits.MaxBytes);

        async Task<UploadRejection?> ReceiveFileAsync(string name, Stream content)
        {
            if (rawCount == limits.MaxFiles)
            {
                return new UploadRejection(StatusCodes.Status413PayloadTooLarge, $"An upload holds at most {limits.MaxFiles} files.");
            }
            var key = new RawFileKey(tenantId, datasetId, uploadId, rawCount++);
            var metered = new MeteredReadStream(content, hash, budget, ReportFormatDetector.HeadLength);
            await raw.WriteAsync(key, metered, cancellationToken);
            if (metered.BytesRead == 0)
            {
                return new UploadRejection(StatusCodes.Status422UnprocessableEntity, $"The file '{name}' is empty.");
            }
            if (ArchiveEntryName.LooksLikeArchive(metered.Head))
            {
                var (entries, refused) = await archives.InspectAsync(key, name, forcedFormat, limits.Archives, cancellationToken);
                files.AddRange(entries);
                return refused;
            }
            var (format, rejection) = classifier.Classify(name, metered.Head, forcedFormat);
            if (format is { } known)
            {
                files.Add(new UploadFile(name, metered.BytesRead, known, key.FileIndex));
            }
            return rejection;
        }

        UploadRejection? outcome;
        try
        {
            outcome = await ReadGuardedAsync(request, ReceiveFileAsync, limits.MaxBytes);
        }
        catch
        {
            await raw.DeleteUploadAsync(tenantId, datasetId, uploadId, CancellationToken.None);
            throw;
        }
        if (outcome is null && files.Count == 0)
        {
            outcome = new UploadRejection(StatusCodes.Status422UnprocessableEntity, "The upload holds no report: send the file as the body, or as a multipart file part.");
        }
        if (outcome is null && files.Select(f => f.Format.YieldsWorkItems()).Distinct().Count() > 1)
        {
            outcome = new UploadRejection(StatusCodes.Status422UnprocessableEntity, "An upload holds test reports or tracker exports, not both: send them as separate uploads.");
        }
        if (outcome is not null)
        {
            await raw.DeleteUploadAsync(tenantId, datasetId, uploadId, CancellationToken.None);
            return (null, outcome);
        }
        return (new ReceivedUpload(files, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
    }

    /// <summary>Reads the body's files, turning the ways a body can be too large or malformed into rejections.</summary>
    private static async Task<UploadRejection?> ReadGuardedAsync(HttpRequest request, Func<string, Stream, Task<UploadRejection?>> onFile, long maxBytes)
    {
        try
        {
            return await RequestFiles.ReadAsync(request, onFile);
        }
        catch (UploadTooLargeException exception)
        {
            return TooLarge(exception.Limit);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
        catch (InvalidDataException exception)
        {
            return new UploadRejection(StatusCodes.Status400BadRequest, "The multipart body is malformed: " + exception.Message);
        }
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
