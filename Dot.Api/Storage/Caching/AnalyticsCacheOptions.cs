using System.ComponentModel.DataAnnotations;

namespace Dot.Api.Storage.Caching;

/// <summary>
/// The <c>Analytics:Cache</c> section: dashboard answers kept in memory until their tenant's data changes.
/// </summary>
public sealed class AnalyticsCacheOptions
{
    public const string Section = "Analytics:Cache";

    public bool Enabled { get; set; } = true;

    /// <summary>The most answers kept; the least recently used go first.</summary>
    [Range(1, 1_000_000)]
    public int MaxEntries { get; set; } = 10_000;
}
