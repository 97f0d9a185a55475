using Microsoft.Extensions.Options;

namespace Dot.Api.RateLimiting;

/// <summary>The API's two limiters: uploads per upload token, GraphQL complexity per caller; each also per tenant.</summary>
public sealed class DotRateLimiters(IOptions<RateLimitOptions> options) : IDisposable
{
    public CallerRateLimiter Uploads { get; } =
        new("upload", options.Value.Uploads.PermitsPerMinute, options.Value.Tenant.UploadsPerMinute);

    public CallerRateLimiter GraphQL { get; } =
        new("GraphQL complexity", options.Value.GraphQL.ComplexityPerMinute, options.Value.Tenant.ComplexityPerMinute);

    public void Dispose()
    {
        Uploads.Dispose();
        GraphQL.Dispose();
    }
}
