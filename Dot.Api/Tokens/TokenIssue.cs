namespace Dot.Api.Tokens;

/// <summary>What issuing a new token settles before its kind adds the rest: id, secret-derived fields, creation and expiry.</summary>
public sealed record TokenIssue(string Id, string DisplayPrefix, string Hash, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
