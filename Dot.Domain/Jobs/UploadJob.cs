namespace Dot.Domain.Jobs;

/// <summary>One accepted upload waiting to be processed: its tenant and id.</summary>
public sealed record UploadJob(string TenantId, string UploadId);
