namespace Dot.Domain.Tokens;

/// <summary>The rules for when a token expires: one year by default, never in the past, never beyond the maximum.</summary>
public sealed record TokenLifetime(TimeSpan Default, TimeSpan Maximum)
{
    public static readonly TokenLifetime Standard = new(TimeSpan.FromDays(365), TimeSpan.FromDays(365));

    /// <summary>The expiry to store for a requested one, or an error sentence.</summary>
    public (DateTimeOffset ExpiresAt, string? Error) Resolve(DateTimeOffset now, DateTimeOffset? requested)
    {
        if (requested is not { } expiresAt)
        {
            return (now + Default, null);
        }
        if (expiresAt <= now)
        {
            return (default, "expiresAt must be in the future.");
        }
        return expiresAt > now + Maximum
            ? (default, $"expiresAt must be at most {Maximum.TotalDays:0} days ahead.")
            : (expiresAt, null);
    }
}
