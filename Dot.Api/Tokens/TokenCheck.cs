using Dot.Domain.Tokens;

namespace Dot.Api.Tokens;

/// <summary>
/// The outcome of checking a presented token: the token, or the one sentence that says why not, with the token
/// refused when it was found but is revoked or expired (so the refusal can be put in its tenant's audit trail).
/// </summary>
public sealed record TokenCheck<TToken>(TToken? Token, string? Failure, TToken? Refused = null)
    where TToken : IssuedToken;
