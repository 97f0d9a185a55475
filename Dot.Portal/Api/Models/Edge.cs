namespace Dot.Portal.Api.Models;

/// <summary>One edge of a connection.</summary>
public sealed record Edge<T>(T Node);
