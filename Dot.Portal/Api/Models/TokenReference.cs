namespace Dot.Portal.Api.Models;

/// <summary>A token's id and name.</summary>
public sealed record TokenReference(string Id, string Name);
