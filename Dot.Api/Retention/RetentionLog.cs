namespace Dot.Api.Retention;

/// <summary>What the retention sweep logs: ids and counts only.</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Uploads} uploads and {Reviews} reviews of dataset {DatasetId} of tenant {TenantId}.")]
    public static partial void Swept(ILogger logger, string tenantId, string datasetId, long uploads, long reviews);

    [LoggerMessage(Level = LogLevel.Error, Message = "A retention sweep stopped; the next one resumes where it stopped.")]
    public static partial void Failed(ILogger logger, Exception exception);
}
