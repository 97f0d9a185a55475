namespace Dot.Api.GraphQL;

/// <summary>The stable codes DoT puts in <c>errors[].extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string AccessDenied = "ACCESS_DENIED";
    public const string InvalidInput = "INVALID_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";

    /// <summary>A document refused before validation for its size: tokens, fields, fragment spreads once expanded, or nesting.</summary>
    public const string TooComplex = "TOO_COMPLEX";

    /// <summary>A request stopped when it had taken longer than <c>GraphQL:RequestTimeoutSeconds</c>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A request refused because its caller or tenant has used its <c>RateLimits</c> complexity allowance.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A field whose store is unavailable for now (throttled, failing, unreachable); the request is answered 503 with Retry-After.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}
