using System.Text.RegularExpressions;
using Dot.Domain.Uploads;

namespace Dot.Storage.Aws.S3;

/// <summary>
/// The raw store's object keys: <c>tenants/{tenant}/datasets/{dataset}/uploads/{upload}/{file}</c>. Ids are opaque
/// (letters, digits, <c>_</c>, <c>-</c>); any other part is refused, so a key never leaves its tenant's prefix.
/// </summary>
internal static partial class S3Keys
{
    public static string Of(RawFileKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return UploadPrefix(key.TenantId, key.DatasetId, key.UploadId) + key.FileIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string UploadPrefix(string tenantId, string datasetId, string uploadId) =>
        $"tenants/{Part(tenantId)}/datasets/{Part(datasetId)}/uploads/{Part(uploadId)}/";

    private static string Part(string value) =>
        value is not null && PlainId().IsMatch(value) ? value : throw new ArgumentException("A raw store key part is not a plain id.", nameof(value));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex PlainId();
}
