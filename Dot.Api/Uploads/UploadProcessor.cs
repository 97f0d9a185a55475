using Dot.Api.Telemetry;
using Dot.Domain.Analytics;
using Dot.Domain.Identifiers;
using Dot.Domain.Jobs;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;
using Microsoft.Extensions.Options;

namespace Dot.Api.Uploads;

/// <summary>
/// The ingest worker: <see cref="UploadOptions.Workers"/> loops that claim upload jobs, parse the upload's raw files
/// and replace its results in the analytics store all at once, then record the outcome and complete the job. A loop
/// with nothing to do waits for a job queued in this process, or polls for jobs queued elsewhere and jobs whose
/// worker died (their lease expired). A long upload's lease is renewed while it is processed. When a store's disk is
/// full or a store is unavailable (<see cref="StoreWait"/>) the upload is not failed: its job goes back to the queue
/// (or, when the queue itself cannot be reached, waits for its lease to expire) and the loop pauses before claiming
/// again, so ingest resumes by itself once there is room or the store is back.
/// </summary>
public sealed class UploadProcessor(
    IUploadJobs jobs,
    UploadJobSignal signal,
    IUploadStore uploads,
    IRawStore raw,
    IAnalyticsWriter analytics,
    ReportParsers parsers,
    UploadCompletion completion,
    TimeProvider clock,
    IOptions<UploadOptions> options,
    UploadMetrics metrics,
    ILogger<UploadProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.Workers > 0 ? options.Value.Workers : 4 * Environment.ProcessorCount;
        var instance = OpaqueId.New("wrk");
        await Task.WhenAll(Enumerable.Range(0, workers).Select(n => WorkAsync($"{instance}-{n}", stoppingToken)));
    }

    private async Task WorkAsync(string workerId, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Next;
            try
            {
                if (await jobs.ClaimAsync(workerId, TimeSpan.FromSeconds(options.Value.LeaseSeconds), stoppingToken) is { } lease)
                {
                    await RunAsync(lease, stoppingToken);
                    continue;
                }
            }
            catch (Exception exception) when (StoreWait.For(exception) is { } pause)
            {
                UploadLog.StoreWaiting(logger, exception, workerId, pause.TotalSeconds);
                await Task.Delay(pause, clock, stoppingToken);
                continue;
            }
            await Task.WhenAny(woken, Task.Delay(PollInterval, clock, stoppingToken));
        }
    }

    /// <summary>Processes a leased job and completes it; a stop gives it back for the next start or another instance.</summary>
    private async Task RunAsync(JobLease lease, CancellationToken stoppingToken)
    {
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = HeartbeatAsync(lease, beating.Token);
        TimeSpan? wait;
        try
        {
            wait = await ProcessAsync(lease.Job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await jobs.ReleaseAsync(lease, CancellationToken.None);
            throw;
        }
        finally
        {
            await beating.CancelAsync();
            await heartbeat;
        }
        if (wait is not { } pause)
        {
            await jobs.CompleteAsync(lease, CancellationToken.None);
            return;
        }
        await jobs.ReleaseAsync(lease, CancellationToken.None);
        await Task.Delay(pause, clock, stoppingToken);
    }

    private async Task HeartbeatAsync(JobLease lease, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(lease.Duration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (await BeatAsync(lease, cancellationToken) is null)
                {
                    UploadLog.LeaseLost(logger, lease.WorkerId, lease.Job.UploadId, lease.Job.TenantId);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Processing ended; the lease is completed or released next.
        }
    }

    /// <summary>One renewal; a queue that is unavailable for now keeps the lease as it was (it lasts three beats).</summary>
    private async Task<JobLease?> BeatAsync(JobLease lease, CancellationToken cancellationToken)
    {
        try
        {
            return await jobs.HeartbeatAsync(lease, cancellationToken);
        }
        catch (Exception exception) when (StoreWait.For(exception) is not null)
        {
            UploadLog.BeatMissed(logger, exception, lease.WorkerId, lease.Job.UploadId, lease.Job.TenantId);
            return lease;
        }
    }

    /// <summary>
    /// Processes one upload unless it is gone or already finished (a job can run twice: after a crash, or a lost
    /// lease). Null when it is done with; else a store stopped it (<see cref="StoreWait"/>), it is to be tried again,
    /// and this is how long to wait first.
    /// </summary>
    private async Task<TimeSpan?> ProcessAsync(UploadJob job, CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(job.TenantId, job.UploadId, cancellationToken);
        if (upload is null || upload.IsFinished)
        {
            return null;
        }
        using var activity = DotTelemetry.Source.StartActivity("upload.process");
        activity?.SetTag(DotTelemetry.TenantTag, upload.TenantId).SetTag(DotTelemetry.DatasetTag, upload.DatasetId).SetTag(DotTelemetry.UploadTag, upload.Id);
        var started = clock.GetTimestamp();
        var (outcome, stored, wait) = await ProcessAsync(upload, cancellationToken);
        if (outcome is not { } status)
        {
            activity?.SetTag("dot.outcome", "waiting");
            return wait;
        }
        var elapsed = clock.GetElapsedTime(started);
        activity?.SetTag("dot.outcome", status.ToString().ToLowerInvariant()).SetTag("dot.stored", stored);
        metrics.Processed(status, elapsed, stored);
        UploadLog.Processed(logger, upload.Id, upload.TenantId, status, stored, (long)elapsed.TotalMilliseconds);
        completion.Complete(upload.Id);
        return null;
    }

    /// <summary>
    /// Parses and stores the upload; its outcome and how many documents were stored, or no outcome and how long to wait
    /// when a store stopped it (<see cref="StoreWait"/>; what it wrote is replaced when it is tried again).
    /// </summary>
    private async Task<(UploadStatus? Status, long Stored, TimeSpan? Wait)> ProcessAsync(Upload upload, CancellationToken cancellationToken)
    {
        await uploads.MarkProcessingAsync(upload.TenantId, upload.Id, cancellationToken);
        UploadDocuments? documents = null;
        UploadProblem problem;
        try
        {
            await using var files = await RawFileSet.OpenAsync(raw, upload, cancellationToken);
            documents = new UploadDocuments(upload, files, parsers, ReportLimits.Default);
            var stored = documents.HoldsWorkItems
                ? await analytics.ReplaceUploadWorkItemsAsync(upload.TenantId, upload.Id, documents.ReadWorkItems(), cancellationToken)
                : await analytics.ReplaceUploadResultsAsync(upload.TenantId, upload.Id, documents.ReadTestResults(), cancellationToken);
            await uploads.MarkSucceededAsync(upload.TenantId, upload.Id, documents.CountedFiles, documents.Counts, WarningsOf(documents.Warnings), clock.GetUtcNow(), cancellationToken);
            return (UploadStatus.Succeeded, stored, null);
        }
        catch (ReportParseException exception)
        {
            problem = new UploadProblem(exception.Reason, documents?.CurrentFile, exception.Line, exception.Column);
        }
        catch (InvalidDataException exception)
        {
            problem = new UploadProblem(exception.Message, documents?.CurrentFile);
        }
        catch (Exception exception) when (StoreWait.For(exception) is { } pause)
        {
            UploadLog.Waits(logger, exception, upload.Id, upload.TenantId, pause.TotalSeconds);
            return (null, 0, pause);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            UploadLog.Failed(logger, exception, upload.Id, upload.TenantId);
            problem = new UploadProblem("The upload could not be processed because of an internal error.");
        }
        await uploads.MarkFailedAsync(upload.TenantId, upload.Id, [problem], clock.GetUtcNow(), cancellationToken);
        return (UploadStatus.Failed, 0, null);
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
