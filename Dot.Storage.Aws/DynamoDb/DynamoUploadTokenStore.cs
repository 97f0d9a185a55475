using Amazon.DynamoDBv2.Model;
using Dot.Domain.Tokens;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>Upload tokens (<c>UPLOAD_TOKEN#id</c>), each of one dataset.</summary>
public sealed class DynamoUploadTokenStore(DynamoTable table) : DynamoTokenStore<UploadToken>(table, "UPLOAD_TOKEN"), IUploadTokenStore
{
    public Task<IReadOnlyList<UploadToken>> ListAsync(string tenantId, string datasetId, CancellationToken cancellationToken) =>
        ListAsync(tenantId, token => token.DatasetId == datasetId, cancellationToken);

    protected override void AddAttributes(Dictionary<string, AttributeValue> item, UploadToken token) => item.With("datasetId", token.DatasetId);

    protected override UploadToken Read(Dictionary<string, AttributeValue> item, StoredToken common) =>
        new(common.Id, common.TenantId, item.Str("datasetId"), common.Name, common.DisplayPrefix, common.Hash,
            common.CreatedAt, common.ExpiresAt, common.LastUsedAt, common.RevokedAt);
}
