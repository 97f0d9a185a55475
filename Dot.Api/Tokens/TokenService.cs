using Dot.Domain.Identifiers;
using Dot.Domain.Tokens;

namespace Dot.Api.Tokens;

/// <summary>
/// Issues and authenticates the tokens of one kind: the rules upload and read tokens share (lifetime, secret, hash,
/// checks in order, last use recorded at most once a minute). Each kind adds how a new token is described.
/// </summary>
public abstract class TokenService<TToken>(ITokenStore<TToken> store, TimeProvider clock, TokenKind kind, TokenLifetime lifetime)
    where TToken : IssuedToken
{
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public TokenKind Kind => kind;

    /// <summary>Checks a presented secret; a usable token has its last use recorded (at most once a minute).</summary>
    public async Task<TokenCheck<TToken>> AuthenticateAsync(string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return Fail($"A token is required: send 'Authorization: Bearer {kind.SecretPrefix}...' with your {kind.Name}.");
        }
        if (!SecretToken.IsWellFormed(secret, kind.SecretPrefix))
        {
            return TokenKind.Of(secret) is { } other
                ? Fail($"{Capitalized(other.Name)}s are not accepted here, only {kind.Name}s ({kind.SecretPrefix}...).")
                : Fail($"The {kind.Name} is malformed or its checksum does not match.");
        }
        var token = await store.FindByHashAsync(SecretToken.Hash(secret), cancellationToken);
        var now = clock.GetUtcNow();
        var failure = token?.StateAt(now) switch
        {
            null => $"The {kind.Name} is unknown.",
            TokenState.Revoked => $"The {kind.Name} has been revoked.",
            TokenState.Expired => $"The {kind.Name} has expired.",
            _ => null,
        };
        if (failure is not null)
        {
            return new TokenCheck<TToken>(null, failure, token);
        }
        if (token!.LastUsedAt is not { } lastUsed || now - lastUsed >= TouchInterval)
        {
            await store.TouchAsync(token.TenantId, token.Id, now, cancellationToken);
            token = (TToken)(token with { LastUsedAt = now });
        }
        return new TokenCheck<TToken>(token, null);
    }

    /// <summary>
    /// Makes a secret (returned, shown once) and stores the token <paramref name="describe"/> builds around it.
    /// An expiry in the past or beyond the maximum is an <see cref="ArgumentException"/> with a sentence to show.
    /// </summary>
    protected async Task<(string Secret, TToken Token)> IssueAsync(DateTimeOffset? expiresAt, Func<TokenIssue, TToken> describe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var now = clock.GetUtcNow();
        var (expiry, error) = lifetime.Resolve(now, expiresAt);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(expiresAt));
        }
        var secret = SecretToken.Generate(kind.SecretPrefix);
        var token = describe(new TokenIssue(
            OpaqueId.New(kind.IdPrefix), SecretToken.DisplayPrefix(secret, kind.SecretPrefix), SecretToken.Hash(secret), now, expiry));
        await store.CreateAsync(token, cancellationToken);
        return (secret, token);
    }

    private static TokenCheck<TToken> Fail(string failure) => new(null, failure);

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
