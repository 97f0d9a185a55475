using Dot.Domain.Analytics;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;
using Microsoft.Extensions.Options;

namespace Dot.Api.Uploads;

/// <summary>
/// The ingest worker: takes queued uploads, parses their raw files and replaces their results in the analytics
/// store all at once, then records the outcome. At start it re-queues what a stop or crash left unfinished.
/// </summary>
public sealed class UploadProcessor(
    PendingUploads queue,
    IUploadStore uploads,
    IRawStore raw,
    IAnalyticsWriter analytics,
    ReportParsers parsers,
    UploadCompletion completion,
    TimeProvider clock,
    IOptions<UploadOptions> options,
    ILogger<UploadProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var unfinished in await uploads.ListUnfinishedAsync(stoppingToken))
        {
            UploadLog.Resuming(logger, unfinished.Id, unfinished.TenantId);
            queue.Enqueue(new UploadWorkItem(unfinished.TenantId, unfinished.Id));
        }
        var workers = options.Value.Workers > 0 ? options.Value.Workers : Environment.ProcessorCount;
        await Parallel.ForEachAsync(
            queue.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = stoppingToken },
            async (item, token) => await ProcessAsync(item, token));
    }

    public async Task ProcessAsync(UploadWorkItem item, CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(item.TenantId, item.UploadId, cancellationToken);
        if (upload is null || upload.IsFinished)
        {
            return;
        }
        await uploads.MarkProcessingAsync(upload.TenantId, upload.Id, cancellationToken);
        UploadDocuments? documents = null;
        try
        {
            await using var files = await RawFileSet.OpenAsync(raw, upload, cancellationToken);
            documents = new UploadDocuments(upload, files, parsers, ReportLimits.Default);
            if (documents.HoldsWorkItems)
            {
                await analytics.ReplaceUploadWorkItemsAsync(upload.TenantId, upload.Id, documents.ReadWorkItems(), cancellationToken);
            }
            else
            {
                await analytics.ReplaceUploadResultsAsync(upload.TenantId, upload.Id, documents.ReadTestResults(), cancellationToken);
            }
            await uploads.MarkSucceededAsync(upload.TenantId, upload.Id, documents.CountedFiles, documents.Counts, WarningsOf(documents.Warnings), clock.GetUtcNow(), cancellationToken);
        }
        catch (ReportParseException exception)
        {
            var problem = new UploadProblem(exception.Reason, documents?.CurrentFile, exception.Line, exception.Column);
            await uploads.MarkFailedAsync(upload.TenantId, upload.Id, [problem], clock.GetUtcNow(), cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            var problem = new UploadProblem(exception.Message, documents?.CurrentFile);
            await uploads.MarkFailedAsync(upload.TenantId, upload.Id, [problem], clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            UploadLog.Failed(logger, exception, upload.Id, upload.TenantId);
            var problem = new UploadProblem("The upload could not be processed because of an internal error.");
            await uploads.MarkFailedAsync(upload.TenantId, upload.Id, [problem], clock.GetUtcNow(), cancellationToken);
        }
        completion.Complete(upload.Id);
    }

    private static List<string> WarningsOf(ParseWarnings warnings)
    {
        var list = warnings.Messages.ToList();
        if (warnings.DroppedCount > 0)
        {
            list.Add($"… and {warnings.DroppedCount} more warnings.");
        }
        return list;
    }
}
