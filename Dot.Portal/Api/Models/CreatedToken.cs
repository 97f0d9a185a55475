namespace Dot.Portal.Api.Models;

/// <summary>A token just created: its secret, shown once, and its id and name.</summary>
public sealed record CreatedToken(string Token, TokenReference Reference);
