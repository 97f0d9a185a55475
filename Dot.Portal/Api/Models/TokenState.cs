namespace Dot.Portal.Api.Models;

/// <summary>A token's id and state.</summary>
public sealed record TokenState(string Id, string State);
