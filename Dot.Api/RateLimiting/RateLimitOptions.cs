using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Dot.Api.RateLimiting;

/// <summary>
/// The <c>RateLimits</c> section: how much one caller, and one tenant overall, may ask of the API per minute. The
/// defaults leave room for a 100-shard CI pipeline posting every shard at once and for a wall of dashboards.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Required]
    [ValidateObjectMembers]
    public UploadRateLimits Uploads { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public GraphQLRateLimits GraphQL { get; set; } = new();

    [Required]
    [ValidateObjectMembers]
    public TenantRateLimits Tenant { get; set; } = new();
}

/// <summary><c>RateLimits:Uploads</c>: uploads per minute for one upload token.</summary>
public sealed class UploadRateLimits
{
    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 600;
}

/// <summary>
/// <c>RateLimits:GraphQL</c>: GraphQL complexity per minute for one caller (a signed-in subject or a read token); a
/// request costs its complexity, so a dashboard of ten panels costs what ten small requests cost.
/// </summary>
public sealed class GraphQLRateLimits
{
    [Range(10, 100_000_000)]
    public int ComplexityPerMinute { get; set; } = 200_000;
}

/// <summary><c>RateLimits:Tenant</c>: what all callers of one tenant together may ask per minute.</summary>
public sealed class TenantRateLimits
{
    [Range(1, 10_000_000)]
    public int UploadsPerMinute { get; set; } = 3_000;

    [Range(10, 1_000_000_000)]
    public int ComplexityPerMinute { get; set; } = 1_000_000;
}
