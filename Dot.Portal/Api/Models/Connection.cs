namespace Dot.Portal.Api.Models;

/// <summary>A page of a connection; <see cref="PageInfo"/> when the document asks for it.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo? PageInfo = null)
{
    public IReadOnlyList<T> Nodes => [.. Edges.Select(edge => edge.Node)];
}
