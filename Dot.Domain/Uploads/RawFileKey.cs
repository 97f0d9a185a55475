namespace Dot.Domain.Uploads;

/// <summary>Where a raw report file lives in the raw store: tenant / dataset / upload / file index.</summary>
public sealed record RawFileKey(string TenantId, string DatasetId, string UploadId, int FileIndex)
{
    public string Path => $"{TenantId}/{DatasetId}/{UploadId}/{FileIndex}";
}
