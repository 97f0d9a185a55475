using Dot.Portal.Api;
using Dot.Portal.Api.Models;

namespace Dot.Portal.Tokens;

/// <summary>List, create and revoke upload or read tokens through the API's GraphQL documents.</summary>
public static class TokenQueries
{
    /// <summary>The kind the route segment names and the user's dataset; null (404) when either is unknown.</summary>
    public static async Task<TokenPage?> TokenPageAsync(
        this DotApiClient api, string datasetId, string kind, CancellationToken cancellationToken) =>
        TokenKind.Find(kind) is { } tokenKind && await api.DatasetAsync(datasetId, cancellationToken) is { } view
            ? new TokenPage(tokenKind, view)
            : null;

    public static async Task<ApiResult<IReadOnlyList<TokenRow>>> ListAsync(
        this DotApiClient api, TokenKind kind, string datasetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        if (kind.IsUpload)
        {
            var upload = await api.SendAsync<UploadTokensData>("UploadTokens", new { dataset = datasetId }, cancellationToken);
            return upload.Map(data => data.UploadTokens);
        }
        var read = await api.SendAsync<ReadTokensData>("ReadTokens", null, cancellationToken);
        return read.Map<IReadOnlyList<TokenRow>>(data =>
            [.. data.ReadTokens
                .Where(t => t.DatasetId is null || t.DatasetId == datasetId)
                .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.State, Covers(t)))]);
    }

    public static async Task<ApiResult<CreatedToken>> CreateAsync(
        this DotApiClient api, TokenKind kind, string datasetId, TokenForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(form);
        var name = form.Name ?? string.Empty;
        if (kind.IsUpload)
        {
            var upload = await api.SendAsync<CreateUploadTokenData>(
                "CreateUploadToken", new { dataset = datasetId, name, expiresAt = form.ExpiresAt }, cancellationToken);
            return upload.Map(data => data.CreateUploadToken.Created);
        }
        var read = await api.SendAsync<CreateReadTokenData>(
            "CreateReadToken",
            new
            {
                dataset = form.Covers == TokenForm.WholeTenant ? null : datasetId,
                name,
                expiresAt = form.ExpiresAt,
                scope = form.Scope == "PUBLIC" ? "PUBLIC" : "RESTRICTED",
            },
            cancellationToken);
        return read.Map(data => data.CreateReadToken.Created);
    }

    public static async Task<ApiProblem?> RevokeAsync(
        this DotApiClient api, TokenKind kind, string tokenId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        var variables = new { id = tokenId };
        return kind.IsUpload
            ? (await api.SendAsync<RevokeUploadTokenData>("RevokeUploadToken", variables, cancellationToken)).Problem
            : (await api.SendAsync<RevokeReadTokenData>("RevokeReadToken", variables, cancellationToken)).Problem;
    }

    private static string Covers(ReadToken token) =>
        (token.DatasetId is null ? "whole tenant" : "this dataset") + ", " + (token.Scope == "PUBLIC" ? "Public" : "Restricted");
}
