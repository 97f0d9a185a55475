using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// The <c>Analytics:Cache</c> section: dashboard answers kept in memory until their tenant's data changes.
/// </summary>
public sealed class AnalyticsCacheOptions
{
    public const string Section = "Analytics:Cache";

    public bool Enabled { get; set; } = true;

    /// <summary>The most memory answers take, estimated (<see cref="AnswerSize"/>); the least recently used go first.</summary>
    [Range(1, 16_384)]
    public int MaxMegabytes { get; set; } = 64;
}
