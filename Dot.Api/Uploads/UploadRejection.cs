namespace Dot.Api.Uploads;

/// <summary>Why an upload request is refused before anything is stored: the status code and one sentence.</summary>
public sealed record UploadRejection(int Status, string Message);
