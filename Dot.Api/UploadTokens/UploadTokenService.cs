using Dot.Api.Tokens;
using Dot.Domain.Tokens;
using Microsoft.Extensions.Options;

namespace Dot.Api.UploadTokens;

/// <summary>Issues and authenticates upload tokens (<c>dot_upl_</c>): one dataset each, for pushing reports.</summary>
public sealed class UploadTokenService(IUploadTokenStore store, TimeProvider clock, IOptions<UploadTokenOptions> options)
    : TokenService<UploadToken>(store, clock, TokenKind.Upload, options.Value.Lifetime)
{
    /// <summary>Creates a token for a dataset the caller's tenant owns; returns the secret (shown once) and the record.</summary>
    public Task<(string Secret, UploadToken Token)> CreateAsync(
        string tenantId, string datasetId, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        IssueAsync(
            expiresAt,
            issue => new UploadToken(
                issue.Id, tenantId, datasetId, name, issue.DisplayPrefix, issue.Hash, issue.CreatedAt, issue.ExpiresAt, LastUsedAt: null, RevokedAt: null),
            cancellationToken);
}
