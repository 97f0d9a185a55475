using System.ComponentModel.DataAnnotations;

namespace Dot.Api.GraphQL;

/// <summary>The <c>GraphQL</c> section: the limits every request is held to.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    [Range(2, 64)]
    public int MaxDepth { get; set; } = 12;

    [Range(10, 1_000_000)]
    public int MaxComplexity { get; set; } = 2000;

    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest request body or query string accepted, in bytes.</summary>
    [Range(1024, 10_000_000)]
    public int MaxRequestBytes { get; set; } = 100_000;

    /// <summary>Introspection is allowed when true; the default follows the environment (Development only).</summary>
    public bool? Introspection { get; set; }
}
