using Dot.Domain.Identifiers;
using Dot.Domain.Tokens;
using Microsoft.Extensions.Options;

namespace Dot.Api.UploadTokens;

/// <summary>Issues, lists, revokes and authenticates upload tokens.</summary>
public sealed class UploadTokenService(IUploadTokenStore store, TimeProvider clock, IOptions<UploadTokenOptions> options)
{
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>Creates a token for a dataset the caller's tenant owns; returns the secret (shown once) and the record.</summary>
    public async Task<(string Secret, UploadToken Token)> CreateAsync(
        string tenantId, string datasetId, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (expiry, error) = options.Value.Lifetime.Resolve(now, expiresAt);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(expiresAt));
        }
        var secret = SecretToken.Generate(TokenPrefixes.Upload);
        var token = new UploadToken(
            OpaqueId.New(UploadToken.IdPrefix), tenantId, datasetId, name,
            SecretToken.DisplayPrefix(secret, TokenPrefixes.Upload), SecretToken.Hash(secret),
            now, expiry, LastUsedAt: null, RevokedAt: null);
        await store.CreateAsync(token, cancellationToken);
        return (secret, token);
    }

    /// <summary>Checks a presented secret; a usable token has its last use recorded (at most once a minute).</summary>
    public async Task<UploadTokenCheck> AuthenticateAsync(string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return UploadTokenCheck.Fail("An upload token is required: send 'Authorization: Bearer dot_upl_…'.");
        }
        if (!SecretToken.IsWellFormed(secret, TokenPrefixes.Upload))
        {
            return UploadTokenCheck.Fail("The upload token is malformed or its checksum does not match.");
        }
        var token = await store.FindByHashAsync(SecretToken.Hash(secret), cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null)
        {
            return UploadTokenCheck.Fail("The upload token is unknown.");
        }
        if (token.RevokedAt is not null)
        {
            return UploadTokenCheck.Fail("The upload token has been revoked.");
        }
        if (token.IsExpiredAt(now))
        {
            return UploadTokenCheck.Fail("The upload token has expired.");
        }
        if (token.LastUsedAt is not { } lastUsed || now - lastUsed >= TouchInterval)
        {
            await store.TouchAsync(token.TenantId, token.Id, now, cancellationToken);
            token = token with { LastUsedAt = now };
        }
        return new UploadTokenCheck(token, null);
    }
}
