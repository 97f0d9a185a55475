namespace Dot.Domain.Uploads;

/// <summary>Where an upload is in the pipeline: QUEUED → PROCESSING → SUCCEEDED | FAILED.</summary>
public enum UploadStatus
{
    Queued,
    Processing,
    Succeeded,
    Failed,
}
