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

    /// <summary>The most lexical tokens (names, punctuation, values; not comments) a document may have, counted before it is parsed.</summary>
    [Range(100, 1_000_000)]
    public int MaxTokens { get; set; } = 5000;

    /// <summary>The most fields a document may select, a fragment's fields counted once for each time it is spread.</summary>
    [Range(10, 100_000)]
    public int MaxFields { get; set; } = 500;

    /// <summary>The most fragment spreads a document comes to once every spread is expanded.</summary>
    [Range(1, 100_000)]
    public int MaxFragmentSpreads { get; set; } = 500;

    /// <summary>How long a request may take from reading its body to its answer; then it is stopped at the stage it is in.</summary>
    [Range(1, 3600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Introspection is allowed when true; the default follows the environment (Development only).</summary>
    public bool? Introspection { get; set; }
}
