using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;

namespace Dot.Domain.Intake;

/// <summary>
/// Takes the report files of one push or pull into a dataset (a zip archive counts as the reports it holds; a gzip
/// file is stored inflated, and its inflated size counts): streams them into the raw store while hashing them and telling their format from their content, then records the upload
/// and queues it for the worker, or returns the earlier upload with the same idempotency key or content (queuing it
/// again while it is unfinished, in case its first request failed between the record and the job). All or
/// nothing: a refused set of files (or one whose reading failed) leaves no raw file and no record.
/// </summary>
public sealed class UploadIntake(IRawStore raw, IUploadStore uploads, IUploadJobs jobs, ReportParsers parsers, TimeProvider clock, IntakeLimits limits)
{
    private readonly ReportFileClassifier _classifier = new(parsers);
    private readonly ArchiveInspector _archives = new(raw, new ReportFileClassifier(parsers));

    public async Task<IntakeOutcome> TakeAsync(
        string tenantId, string datasetId, IntakeSource source, IntakeOptions options, IAsyncEnumerable<IntakeFile> files, CancellationToken cancellationToken)
    {
        var uploadId = OpaqueId.New(Upload.IdPrefix);
        using var batch = new IntakeBatch(tenantId, datasetId, uploadId, limits.MaxBytes);
        IntakeRefusal? refusal;
        try
        {
            refusal = await ReceiveAsync(batch, files, options.ForcedFormat, cancellationToken) ?? batch.Refusal();
        }
        catch
        {
            await raw.DeleteUploadAsync(tenantId, datasetId, uploadId, CancellationToken.None);
            throw;
        }
        if (refusal is not null)
        {
            await raw.DeleteUploadAsync(tenantId, datasetId, uploadId, CancellationToken.None);
            return IntakeOutcome.Refused(refusal);
        }

        var candidate = new Upload(
            uploadId, tenantId, datasetId, source.Id, UploadStatus.Queued, batch.Files,
            options.RunKey, options.Environment, options.IdempotencyKey, batch.ContentSha256(), clock.GetUtcNow());
        var (upload, created) = await uploads.CreateOrGetExistingAsync(candidate, cancellationToken);
        if (!created)
        {
            await raw.DeleteUploadAsync(tenantId, datasetId, uploadId, CancellationToken.None);
        }
        if (!upload.IsFinished)
        {
            // The record and its job are two writes: a store that failed (or a client that hung up) between them
            // left a queued upload without a job, which the client's retry repairs here. Queuing is idempotent.
            await jobs.EnqueueAsync(new UploadJob(upload.TenantId, upload.Id), CancellationToken.None);
        }
        return new IntakeOutcome(upload, created, null);
    }

    /// <summary>Writes every file to the raw store, stopping at the first refusal.</summary>
    private async Task<IntakeRefusal?> ReceiveAsync(IntakeBatch batch, IAsyncEnumerable<IntakeFile> files, ReportFormat? forcedFormat, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var file in files.WithCancellation(cancellationToken))
            {
                if (await ReceiveFileAsync(batch, file, forcedFormat, cancellationToken) is { } refusal)
                {
                    return refusal;
                }
            }
            return null;
        }
        catch (UploadTooLargeException exception)
        {
            return IntakeRefusal.TooLarge(exception.Limit);
        }
        catch (IntakeRefusalException exception)
        {
            return exception.Refusal;
        }
    }

    private async Task<IntakeRefusal?> ReceiveFileAsync(IntakeBatch batch, IntakeFile offered, ReportFormat? forcedFormat, CancellationToken cancellationToken)
    {
        if (batch.RawCount == limits.MaxFiles)
        {
            return new IntakeRefusal(IntakeRefusalReason.TooManyFiles, $"An upload holds at most {limits.MaxFiles} files.");
        }
        var key = batch.NextRawKey();
        var file = await GzipFile.InflatedAsync(offered, limits.Archives.MaxCompressionRatio, limits.MaxBytes, cancellationToken);
        await using var content = file.Content;
        var metered = new MeteredReadStream(content, batch.Hash, batch.Budget, ReportFormatDetector.HeadLength);
        await raw.WriteAsync(key, metered, cancellationToken);
        if (metered.BytesRead == 0)
        {
            return new IntakeRefusal(IntakeRefusalReason.Empty, $"The file '{file.Name}' is empty.");
        }
        if (ArchiveEntryName.LooksLikeArchive(metered.Head))
        {
            var (entries, refused) = await _archives.InspectAsync(key, file.Name, forcedFormat, limits.Archives, cancellationToken);
            batch.Files.AddRange(entries);
            return refused;
        }
        var (format, refusal) = _classifier.Classify(file.Name, metered.Head, forcedFormat);
        if (format is { } known)
        {
            batch.Files.Add(new UploadFile(file.Name, metered.BytesRead, known, key.FileIndex));
        }
        return refusal;
    }
}
