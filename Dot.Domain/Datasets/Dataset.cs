namespace Dot.Domain.Datasets;

/// <summary>A named collection of quality data inside one tenant (a product, a repository, a team).</summary>
public sealed record Dataset(string Id, string TenantId, string Name, DateTimeOffset CreatedAt)
{
    public const string IdPrefix = "dst";

    /// <summary>How many days its data is kept; null keeps it for the deployment's default (<c>Retention:DefaultDays</c>).</summary>
    public int? RetentionDays { get; init; }
}
