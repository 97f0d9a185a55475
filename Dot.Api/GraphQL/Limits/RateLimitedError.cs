using Dot.Api.RateLimiting;
using GraphQL.Validation;

namespace Dot.Api.GraphQL.Limits;

/// <summary>A request refused because its caller or tenant has used its complexity allowance; answered 429.</summary>
public sealed class RateLimitedError : ValidationError
{
    public RateLimitedError(RateLimitDecision decision)
        : base(decision?.Message ?? throw new ArgumentNullException(nameof(decision)))
    {
        Code = ErrorCodes.RateLimited;
        Decision = decision;
    }

    /// <summary>The refusal, with when to come back.</summary>
    public RateLimitDecision Decision { get; }
}
