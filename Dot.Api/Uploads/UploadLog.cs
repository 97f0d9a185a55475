namespace Dot.Api.Uploads;

/// <summary>The ingest worker's log messages. Only opaque ids are logged, never names or report content.</summary>
internal static partial class UploadLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker {WorkerId} lost its lease on upload {UploadId} of tenant {TenantId}; another worker may process it too.")]
    public static partial void LeaseLost(ILogger logger, string workerId, string uploadId, string tenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {UploadId} of tenant {TenantId} processed: {Status}, {Stored} documents stored in {Milliseconds} ms.")]
    public static partial void Processed(ILogger logger, string uploadId, string tenantId, Dot.Domain.Uploads.UploadStatus status, long stored, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload {UploadId} of tenant {TenantId} could not be processed.")]
    public static partial void Failed(ILogger logger, Exception exception, string uploadId, string tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload {UploadId} of tenant {TenantId} waits: a store's disk is full or the store is unavailable. Its job goes back to the queue; this worker pauses {PauseSeconds} s.")]
    public static partial void Waits(ILogger logger, Exception exception, string uploadId, string tenantId, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Worker {WorkerId} cannot reach the upload queue: a store's disk is full or the store is unavailable. It pauses {PauseSeconds} s.")]
    public static partial void StoreWaiting(ILogger logger, Exception exception, string workerId, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker {WorkerId} could not renew its lease on upload {UploadId} of tenant {TenantId}: the queue's store is unavailable. It goes on and tries again at the next beat.")]
    public static partial void BeatMissed(ILogger logger, Exception exception, string workerId, string uploadId, string tenantId);
}
