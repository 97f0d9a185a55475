namespace Dot.Domain.Tokens;

/// <summary>Port: read tokens.</summary>
public interface IReadTokenStore : ITokenStore<ReadToken>
{
    /// <summary>
    /// The tenant's tokens, newest first: those scoped to <paramref name="datasetId"/> when given, otherwise all of
    /// them, whole-tenant tokens included.
    /// </summary>
    Task<IReadOnlyList<ReadToken>> ListAsync(string tenantId, string? datasetId, CancellationToken cancellationToken);
}
