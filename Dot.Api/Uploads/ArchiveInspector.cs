using System.IO.Compression;
using System.Security.Cryptography;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;

namespace Dot.Api.Uploads;

/// <summary>
/// Checks a zip archive already in the raw store before it is accepted: every entry is decompressed once, within
/// the entry count, size and ratio limits, its name checked and its format detected. Yields one report file per entry.
/// </summary>
public sealed class ArchiveInspector(IRawStore raw, ReportFileClassifier classifier)
{
    public async Task<(IReadOnlyList<UploadFile> Files, UploadRejection? Rejection)> InspectAsync(
        RawFileKey key, string archiveName, ReportFormat? forcedFormat, ArchiveLimits limits, CancellationToken cancellationToken)
    {
        await using var stream = await raw.OpenReadAsync(key, cancellationToken);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            return ([], Unprocessable($"The file '{archiveName}' is not a readable zip archive: {exception.Message}"));
        }
        using (zip)
        {
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > limits.MaxEntries)
            {
                return ([], new UploadRejection(StatusCodes.Status413PayloadTooLarge, $"The archive '{archiveName}' holds {entries.Count} files; at most {limits.MaxEntries} are accepted."));
            }
            var budget = new UploadBudget(limits.MaxUncompressedBytes);
            var files = new List<UploadFile>();
            foreach (var entry in entries)
            {
                var (file, rejection) = await InspectEntryAsync(entry, key, archiveName, forcedFormat, limits, budget, cancellationToken);
                if (rejection is not null)
                {
                    return ([], rejection);
                }
                files.Add(file!);
            }
            return files.Count == 0 ? ([], Unprocessable($"The archive '{archiveName}' holds no file.")) : (files, null);
        }
    }

    private async Task<(UploadFile? File, UploadRejection? Rejection)> InspectEntryAsync(
        ZipArchiveEntry entry, RawFileKey key, string archiveName, ReportFormat? forcedFormat, ArchiveLimits limits, UploadBudget budget, CancellationToken cancellationToken)
    {
        var name = $"{archiveName}/{entry.FullName}";
        if (ArchiveEntryName.Problem(entry.FullName) is { } problem)
        {
            return (null, Unprocessable(problem));
        }
        if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
        {
            return (null, Unprocessable($"The archive entry '{entry.FullName}' is compressed more than {limits.MaxCompressionRatio}:1; it looks like a zip bomb."));
        }
        using var discard = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var content = entry.Open();
        var metered = new MeteredReadStream(content, discard, budget, ReportFormatDetector.HeadLength);
        try
        {
            await metered.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            return (null, new UploadRejection(StatusCodes.Status413PayloadTooLarge, $"The archive '{archiveName}' unpacks to more than {limits.MaxUncompressedBytes} bytes."));
        }
        catch (InvalidDataException exception)
        {
            return (null, Unprocessable($"The archive entry '{entry.FullName}' is corrupt: {exception.Message}"));
        }
        if (metered.BytesRead == 0)
        {
            return (null, Unprocessable($"The archive entry '{entry.FullName}' is empty."));
        }
        if (ArchiveEntryName.LooksLikeArchive(metered.Head))
        {
            return (null, Unprocessable($"The archive entry '{entry.FullName}' is an archive itself; nested archives are not accepted."));
        }
        var (format, rejection) = classifier.Classify(name, metered.Head, forcedFormat);
        return rejection is not null ? (null, rejection) : (new UploadFile(name, metered.BytesRead, format!.Value, key.FileIndex, entry.FullName), null);
    }

    private static UploadRejection Unprocessable(string message) => new(StatusCodes.Status422UnprocessableEntity, message);
}
