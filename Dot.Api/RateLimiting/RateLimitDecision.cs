using System.Globalization;

namespace Dot.Api.RateLimiting;

/// <summary>Whether a request may go on; when not, which limit refused it and when to try again.</summary>
public sealed record RateLimitDecision(bool Allowed, TimeSpan RetryAfter, string Reason)
{
    public static RateLimitDecision Allow { get; } = new(true, TimeSpan.Zero, string.Empty);

    /// <summary>Whole seconds, at least one: the value of a <c>Retry-After</c> header.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));

    /// <summary>The sentence a refused caller reads: which limit, and when to try again (empty when allowed).</summary>
    public string Message => Allowed ? string.Empty : $"{Reason} Try again in {RetryAfterSeconds} s.";

    /// <summary>Says on a 429 answer when to come back.</summary>
    public void AddRetryAfter(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
