namespace Dot.Portal.Api.Models;

/// <summary>CreateReadToken.graphql.</summary>
public sealed record CreateReadTokenData(CreateReadTokenPayload CreateReadToken);
