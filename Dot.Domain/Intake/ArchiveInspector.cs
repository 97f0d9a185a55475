using System.IO.Compression;
using System.Security.Cryptography;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;

namespace Dot.Domain.Intake;

/// <summary>
/// Checks a zip archive already in the raw store before it is accepted: every entry is decompressed once, within
/// the entry count, size and ratio limits, its name checked and its format detected. Yields one report file per entry.
/// </summary>
internal sealed class ArchiveInspector(IRawStore raw, ReportFileClassifier classifier)
{
    public async Task<(IReadOnlyList<UploadFile> Files, IntakeRefusal? Refusal)> InspectAsync(
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
            return ([], new IntakeRefusal(IntakeRefusalReason.MalformedArchive, $"The file '{archiveName}' is not a readable zip archive: {exception.Message}"));
        }
        using (zip)
        {
            var entries = zip.Entries.Select((entry, index) => (Entry: entry, Index: index)).Where(e => !e.Entry.FullName.EndsWith('/')).ToList();
            if (entries.Count > limits.MaxEntries)
            {
                return ([], new IntakeRefusal(IntakeRefusalReason.TooManyFiles, $"The archive '{archiveName}' holds {entries.Count} files; at most {limits.MaxEntries} are accepted."));
            }
            var budget = new UploadBudget(limits.MaxUncompressedBytes);
            var files = new List<UploadFile>();
            foreach (var (entry, index) in entries)
            {
                var (file, refusal) = await InspectEntryAsync(entry, key, archiveName, forcedFormat, limits, budget, cancellationToken);
                if (refusal is not null)
                {
                    return ([], refusal);
                }
                files.Add(file! with { ArchiveEntryIndex = index });
            }
            return files.Count == 0 ? ([], new IntakeRefusal(IntakeRefusalReason.Empty, $"The archive '{archiveName}' holds no file.")) : (files, null);
        }
    }

    private async Task<(UploadFile? File, IntakeRefusal? Refusal)> InspectEntryAsync(
        ZipArchiveEntry entry, RawFileKey key, string archiveName, ReportFormat? forcedFormat, ArchiveLimits limits, UploadBudget budget, CancellationToken cancellationToken)
    {
        var name = $"{archiveName}/{entry.FullName}";
        if (ArchiveEntryName.Problem(entry.FullName) is { } problem)
        {
            return (null, problem);
        }
        if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
        {
            return (null, new IntakeRefusal(IntakeRefusalReason.UnsafeArchive, $"The archive entry '{entry.FullName}' is compressed more than {limits.MaxCompressionRatio}:1; it looks like a zip bomb."));
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
            return (null, new IntakeRefusal(IntakeRefusalReason.TooLarge, $"The archive '{archiveName}' unpacks to more than {limits.MaxUncompressedBytes} bytes."));
        }
        catch (InvalidDataException exception)
        {
            return (null, new IntakeRefusal(IntakeRefusalReason.MalformedArchive, $"The archive entry '{entry.FullName}' is corrupt: {exception.Message}"));
        }
        if (metered.BytesRead == 0)
        {
            return (null, new IntakeRefusal(IntakeRefusalReason.Empty, $"The archive entry '{entry.FullName}' is empty."));
        }
        if (ArchiveEntryName.LooksLikeArchive(metered.Head))
        {
            return (null, ArchiveEntryName.Nested(entry.FullName));
        }
        var (format, refusal) = classifier.Classify(name, metered.Head, forcedFormat);
        return refusal is not null ? (null, refusal) : (new UploadFile(name, metered.BytesRead, format!.Value, key.FileIndex, entry.FullName), null);
    }
}
