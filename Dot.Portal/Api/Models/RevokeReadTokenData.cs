namespace Dot.Portal.Api.Models;

/// <summary>RevokeReadToken.graphql.</summary>
public sealed record RevokeReadTokenData(TokenStatePayload RevokeReadToken);
