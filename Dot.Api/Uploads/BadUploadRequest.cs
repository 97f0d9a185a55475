namespace Dot.Api.Uploads;

/// <summary>Why an upload request's parameters (query, headers) are refused: answered 400 with this sentence.</summary>
public sealed record BadUploadRequest(string Message);
