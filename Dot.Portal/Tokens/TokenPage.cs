using Dot.Portal.Api.Models;

namespace Dot.Portal.Tokens;

/// <summary>What a token page is about: which kind of token, and the user's dataset the URL names.</summary>
public sealed record TokenPage(TokenKind Kind, DatasetView View);
