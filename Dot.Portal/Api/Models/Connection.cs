namespace Dot.Portal.Api.Models;

/// <summary>A page of a connection.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges)
{
    public IReadOnlyList<T> Nodes => [.. Edges.Select(edge => edge.Node)];
}
