using Dot.Domain.Tokens;

namespace Dot.Api.Tokens;

/// <summary>The outcome of checking a presented token: the token, or the one sentence that says why not.</summary>
public sealed record TokenCheck<TToken>(TToken? Token, string? Failure)
    where TToken : IssuedToken;
