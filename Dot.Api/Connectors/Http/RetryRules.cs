using System.Globalization;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Dot.Api.Connectors.Http;

/// <summary>
/// Which outcomes of a connector request are tried again, and after how long: 5xx, 408, timeouts and failed
/// connections with exponential backoff and jitter; 429 and 503 after the wait the server asks for (Retry-After or
/// X-RateLimit-Reset), unless that is longer than the cap, when the run stops instead. Never 401 or 403.
/// </summary>
public static class RetryRules
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxWait, DateTimeOffset now)
    {
        if (outcome.Exception is { } exception)
        {
            return HttpClientResiliencePredicates.IsTransient(outcome)
                && exception is not HttpRequestException { InnerException: PrivateAddressException or System.Security.Authentication.AuthenticationException };
        }
        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            return (RateLimitWait(response, now) ?? TimeSpan.Zero) <= maxWait;
        }
        return status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout;
    }

    /// <summary>The wait a rate-limited answer asks for: Retry-After (seconds or a date), else X-RateLimit-Reset (a date, or Unix seconds).</summary>
    public static TimeSpan? RateLimitWait(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta ?? (retryAfter.Date is { } date ? Positive(date - now) : null);
        }
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values) && values.FirstOrDefault() is { } reset)
        {
            if (long.TryParse(reset, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds))
            {
                return Positive(DateTimeOffset.FromUnixTimeSeconds(unixSeconds) - now);
            }
            if (DateTimeOffset.TryParse(reset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return Positive(at - now);
            }
        }
        return null;
    }

    private static TimeSpan Positive(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
