using Dot.Api.Tokens;
using Dot.Domain.Tokens;
using Microsoft.Extensions.Options;

namespace Dot.Api.ReadTokens;

/// <summary>Issues and authenticates read tokens (<c>dot_read_</c>): one dataset or the whole tenant, read-only.</summary>
public sealed class ReadTokenService(IReadTokenStore store, TimeProvider clock, IOptions<ReadTokenOptions> options)
    : TokenService<ReadToken>(store, clock, TokenKind.Read, options.Value.Lifetime)
{
    /// <summary>
    /// Creates a token for one dataset of the tenant (already checked to be the tenant's) or, when
    /// <paramref name="datasetId"/> is null, for all of them; returns the secret (shown once) and the record.
    /// </summary>
    public Task<(string Secret, ReadToken Token)> CreateAsync(
        string tenantId, string? datasetId, string name, DataScope scope, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        IssueAsync(
            expiresAt,
            issue => new ReadToken(
                issue.Id, tenantId, datasetId, name, issue.DisplayPrefix, issue.Hash, scope, issue.CreatedAt, issue.ExpiresAt, LastUsedAt: null, RevokedAt: null),
            cancellationToken);
}
