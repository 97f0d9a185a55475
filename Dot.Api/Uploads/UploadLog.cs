namespace Dot.Api.Uploads;

/// <summary>The ingest worker's log messages. Only opaque ids are logged, never names or report content.</summary>
internal static partial class UploadLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming upload {UploadId} of tenant {TenantId}.")]
    public static partial void Resuming(ILogger logger, string uploadId, string tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload {UploadId} of tenant {TenantId} could not be processed.")]
    public static partial void Failed(ILogger logger, Exception exception, string uploadId, string tenantId);
}
