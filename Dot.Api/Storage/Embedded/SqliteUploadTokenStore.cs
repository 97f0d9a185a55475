using Dot.Domain.Tokens;
using Microsoft.Data.Sqlite;

namespace Dot.Api.Storage.Embedded;

public sealed class SqliteUploadTokenStore(SqliteDatabase database) : IUploadTokenStore
{
    private const string Select = "SELECT id, tenant_id, dataset_id, name, display_prefix, hash, created_at, expires_at, last_used_at, revoked_at FROM upload_tokens";

    public Task CreateAsync(UploadToken token, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            """
            INSERT INTO upload_tokens (id, tenant_id, dataset_id, name, display_prefix, hash, created_at, expires_at)
            VALUES ($id, $tenant, $dataset, $name, $prefix, $hash, $created, $expires)
            """,
            c => c.With("$id", token.Id).With("$tenant", token.TenantId).With("$dataset", token.DatasetId)
                .With("$name", token.Name).With("$prefix", token.DisplayPrefix).With("$hash", token.Hash)
                .With("$created", SqliteValues.Time(token.CreatedAt)).With("$expires", SqliteValues.Time(token.ExpiresAt)),
            cancellationToken);

    public Task<UploadToken?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        database.QuerySingleAsync($"{Select} WHERE hash = $hash", c => c.With("$hash", hash), Read, cancellationToken);

    public Task<UploadToken?> FindAsync(string tenantId, string tokenId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync($"{Select} WHERE tenant_id = $tenant AND id = $id", c => c.With("$tenant", tenantId).With("$id", tokenId), Read, cancellationToken);

    public async Task<IReadOnlyList<UploadToken>> ListAsync(string tenantId, string datasetId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"{Select} WHERE tenant_id = $tenant AND dataset_id = $dataset ORDER BY created_at DESC, id",
            c => c.With("$tenant", tenantId).With("$dataset", datasetId),
            Read,
            cancellationToken);

    public async Task<UploadToken?> RevokeAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(
            "UPDATE upload_tokens SET revoked_at = $at WHERE tenant_id = $tenant AND id = $id AND revoked_at IS NULL",
            c => c.With("$at", SqliteValues.Time(at)).With("$tenant", tenantId).With("$id", tokenId),
            cancellationToken);
        return await FindAsync(tenantId, tokenId, cancellationToken);
    }

    public Task TouchAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE upload_tokens SET last_used_at = $at WHERE tenant_id = $tenant AND id = $id",
            c => c.With("$at", SqliteValues.Time(at)).With("$tenant", tenantId).With("$id", tokenId),
            cancellationToken);

    private static UploadToken Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            reader.GetString(5), reader.GetTime(6), reader.GetTime(7), reader.GetTimeOrNull(8), reader.GetTimeOrNull(9));
}
