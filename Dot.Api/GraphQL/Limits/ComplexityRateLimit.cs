using Dot.Api.Auth;
using Dot.Api.RateLimiting;
using GraphQL.Validation.Complexity;

namespace Dot.Api.GraphQL.Limits;

/// <summary>
/// Takes a request's complexity from its caller's and its tenant's allowance once the document is within the
/// per-request limits: the caller is the signed-in subject, or the read token's id (a read token's caller subject).
/// </summary>
public static class ComplexityRateLimit
{
    public static Task ValidateAsync(ComplexityValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Error is not null
            || context.ValidationContext.User?.FindCaller() is not { } caller
            || context.ValidationContext.RequestServices?.GetService<DotRateLimiters>() is not { } limiters)
        {
            return Task.CompletedTask;
        }
        var cost = (int)Math.Clamp(Math.Ceiling(context.TotalImpact), 1, int.MaxValue);
        var decision = limiters.GraphQL.TryAcquire(caller.Subject, caller.TenantId, cost);
        if (!decision.Allowed)
        {
            context.Error = new RateLimitedError(decision);
        }
        return Task.CompletedTask;
    }
}
