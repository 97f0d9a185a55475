using Amazon.DynamoDBv2.Model;
using Dot.Domain.Tokens;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>
/// Issued tokens of one kind: <c>&lt;KIND&gt;#id</c> in the tenant's partition, with <c>lookup</c> =
/// <c>&lt;KIND&gt;_HASH#sha256</c> for the one look-up that starts from the presented secret. The index gives keys only;
/// the item is then read strongly consistent, so a revocation bites at once.
/// </summary>
public abstract class DynamoTokenStore<TToken>(DynamoTable table, string kind) : ITokenStore<TToken>
    where TToken : IssuedToken
{
    private readonly string _prefix = kind + "#";

    public async Task CreateAsync(TToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if ((await table.LookupAsync(HashKey(token.Hash), cancellationToken)).Count > 0)
        {
            throw new InvalidOperationException($"A {kind} token with the same hash is already stored.");
        }
        var item = DynamoTable.NewItem(TableKeys.Tenant(token.TenantId), _prefix + token.Id)
            .With(TableKeys.Lookup, HashKey(token.Hash)).With("name", token.Name).With("displayPrefix", token.DisplayPrefix)
            .With("hash", token.Hash).With("createdAt", token.CreatedAt).With("expiresAt", token.ExpiresAt)
            .With("lastUsedAt", token.LastUsedAt).With("revokedAt", token.RevokedAt);
        AddAttributes(item, token);
        if (!await table.PutNewAsync(item, cancellationToken))
        {
            throw new InvalidOperationException($"A {kind} token with id '{token.Id}' is already stored.");
        }
    }

    public async Task<TToken?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        var items = await table.GetManyAsync(await table.LookupAsync(HashKey(hash), cancellationToken), cancellationToken);
        return items.Select(Read).FirstOrDefault(token => token.Hash == hash);
    }

    public async Task<TToken?> FindAsync(string tenantId, string tokenId, CancellationToken cancellationToken) =>
        await table.GetAsync(TableKeys.Tenant(tenantId), _prefix + tokenId, cancellationToken) is { } item ? Read(item) : null;

    public async Task<TToken?> RevokeAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var update = new Update("SET revokedAt = if_not_exists(revokedAt, :at)").Value(":at", Attributes.Time(at));
        return await table.TryUpdateAsync(TableKeys.Tenant(tenantId), _prefix + tokenId, update, cancellationToken) is { } item ? Read(item) : null;
    }

    public Task TouchAsync(string tenantId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken) =>
        table.TryUpdateAsync(TableKeys.Tenant(tenantId), _prefix + tokenId, new Update("SET lastUsedAt = :at").Value(":at", Attributes.Time(at)), cancellationToken);

    /// <summary>The tenant's tokens that <paramref name="include"/> keeps, newest first: a tenant has tens of tokens, so they are sorted here.</summary>
    protected async Task<IReadOnlyList<TToken>> ListAsync(string tenantId, Func<TToken, bool> include, CancellationToken cancellationToken) =>
        (await table.QueryPrefixAsync(TableKeys.Tenant(tenantId), _prefix, cancellationToken))
            .Select(Read).Where(include)
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Adds what only this kind of token has.</summary>
    protected abstract void AddAttributes(Dictionary<string, AttributeValue> item, TToken token);

    /// <summary>The token of a stored item; <paramref name="common"/> holds what every token has.</summary>
    protected abstract TToken Read(Dictionary<string, AttributeValue> item, StoredToken common);

    private TToken Read(Dictionary<string, AttributeValue> item) =>
        Read(item, new StoredToken(
            item.Str(TableKeys.Sk)[_prefix.Length..], TableKeys.TenantOf(item.Str(TableKeys.Pk)), item.Str("name"), item.Str("displayPrefix"),
            item.Str("hash"), item.Time("createdAt"), item.Time("expiresAt"), item.TimeOrNull("lastUsedAt"), item.TimeOrNull("revokedAt")));

    private string HashKey(string hash) => $"{kind}_HASH#{hash}";
}

/// <summary>What every stored token has, read from its item.</summary>
public sealed record StoredToken(
    string Id, string TenantId, string Name, string DisplayPrefix, string Hash,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
