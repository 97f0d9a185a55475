using Amazon.DynamoDBv2.Model;
using Dot.Domain.Tokens;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>Read tokens (<c>READ_TOKEN#id</c>): without <c>datasetId</c> for a whole-tenant token, with their data scope.</summary>
public sealed class DynamoReadTokenStore(DynamoTable table) : DynamoTokenStore<ReadToken>(table, "READ_TOKEN"), IReadTokenStore
{
    public Task<IReadOnlyList<ReadToken>> ListAsync(string tenantId, string? datasetId, CancellationToken cancellationToken) =>
        ListAsync(tenantId, token => datasetId is null || token.DatasetId == datasetId, cancellationToken);

    protected override void AddAttributes(Dictionary<string, AttributeValue> item, ReadToken token) =>
        item.With("datasetId", token.DatasetId).With("scope", token.Scope.ToString());

    protected override ReadToken Read(Dictionary<string, AttributeValue> item, StoredToken common) =>
        new(common.Id, common.TenantId, item.StrOrNull("datasetId"), common.Name, common.DisplayPrefix, common.Hash,
            Enum.Parse<DataScope>(item.Str("scope")), common.CreatedAt, common.ExpiresAt, common.LastUsedAt, common.RevokedAt);
}
