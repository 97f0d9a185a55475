using Dot.Domain.Tokens;
using Microsoft.Data.Sqlite;

namespace Dot.Storage.Embedded.Sqlite;

/// <summary>
/// One table of issued tokens (<see cref="SqliteSchema.TokenColumns"/> plus the kind's own columns): what upload and
/// read tokens store alike. A kind names its extra columns, binds them, and reads a row, whose first nine values are
/// always <c>id, tenant_id, name, display_prefix, hash, created_at, expires_at, last_used_at, revoked_at</c>.
/// </summary>
public abstract class SqliteTokenStore<TToken>(SqliteDatabase database, string table, IReadOnlyList<string> extraColumns) : ITokenStore<TToken>
    where TToken : IssuedToken
{
    private const string CommonColumns = "id, tenant_id, name, display_prefix, hash, created_at, expires_at, last_used_at, revoked_at";

    private readonly string _select = $"SELECT {CommonColumns}, {string.Join(", ", extraColumns)} FROM {table}";

    public async Task CreateAsync(TToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var extraParameters = string.Join(", ", extraColumns.Select(c => "$" + c));
        try
        {
            await database.ExecuteAsync(
                $"""
                INSERT INTO {table} (id, tenant_id, name, display_prefix, hash, created_at, expires_at, {string.Join(", ", extraColumns)})
                VALUES ($id, $tenant, $name, $prefix, $hash, $created, $expires, {extraParameters})
                """,
                c =>
                {
                    c.With("$id", token.Id).With("$tenant", token.TenantId).With("$name", token.Name)
                        .With("$prefix", token.DisplayPrefix).With("$hash", token.Hash)
                        .With("$created", SqliteValues.Time(token.CreatedAt)).With("$expires", SqliteValues.Time(token.ExpiresAt));
                    BindExtraColumns(c, token);
                },
                cancellationToken);
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            throw new InvalidOperationException($"A token with id '{token.Id}' or the same hash is already stored.", exception);
        }
    }

    public Task<TToken?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        database.QuerySingleAsync($"{_select} WHERE hash = $hash", c => c.With("$hash", hash), Read, cancellationToken);

    public Task<TToken?> FindAsync(string tenantId, string tokenId, CancellationToken cancellationToken) =>
        database.QuerySingleAsync($"{_select} WHERE tenant_id = $tenant AND id = $id", c => c.With("$tenant", tenantId).With("$id", tokenId), Read, cancellationToken);

    public async Task<TToken?> RevokeAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(
            $"UPDATE {table} SET revoked_at = $at WHERE tenant_id = $tenant AND id = $id AND revoked_at IS NULL",
            c => c.With("$at", SqliteValues.Time(at)).With("$tenant", tenantId).With("$id", tokenId),
            cancellationToken);
        return await FindAsync(tenantId, tokenId, cancellationToken);
    }

    public Task TouchAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            $"UPDATE {table} SET last_used_at = $at WHERE tenant_id = $tenant AND id = $id",
            c => c.With("$at", SqliteValues.Time(at)).With("$tenant", tenantId).With("$id", tokenId),
            cancellationToken);

    /// <summary>The tenant's tokens that match <paramref name="condition"/> (on the extra columns), newest first.</summary>
    protected async Task<IReadOnlyList<TToken>> ListAsync(string tenantId, string condition, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"{_select} WHERE tenant_id = $tenant AND ({condition}) ORDER BY created_at DESC, id",
            c =>
            {
                c.With("$tenant", tenantId);
                bind(c);
            },
            Read,
            cancellationToken);

    /// <summary>Binds <c>$column</c> for every extra column.</summary>
    protected abstract void BindExtraColumns(SqliteCommand command, TToken token);

    /// <summary>A token from a row: the nine common values first, then the extra columns in their order.</summary>
    protected abstract TToken Read(SqliteDataReader row);
}
