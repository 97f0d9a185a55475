using Dot.Domain.Uploads;

namespace Dot.Api.Uploads;

/// <summary>The files of one request, written to the raw store, and the SHA-256 of their content.</summary>
public sealed record ReceivedUpload(IReadOnlyList<UploadFile> Files, string ContentSha256);
