namespace Dot.Domain.Tokens;

/// <summary>Port: upload tokens.</summary>
public interface IUploadTokenStore : ITokenStore<UploadToken>
{
    /// <summary>The tokens of one dataset, newest first.</summary>
    Task<IReadOnlyList<UploadToken>> ListAsync(string tenantId, string datasetId, CancellationToken cancellationToken);
}
