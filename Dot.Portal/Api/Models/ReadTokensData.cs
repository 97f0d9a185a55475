namespace Dot.Portal.Api.Models;

/// <summary>ReadTokens.graphql.</summary>
public sealed record ReadTokensData(IReadOnlyList<ReadToken> ReadTokens);
