using Dot.Api.Auth;
using Dot.Domain.Tenancy;
using GraphQL;

namespace Dot.Api.GraphQL;

/// <summary>What every resolver needs from its context: the caller (the only source of the tenant) and services.</summary>
public static class ResolveContextExtensions
{
    public static Caller GetCaller(this IResolveFieldContext context) =>
        context.User?.FindCaller()
        ?? throw new ExecutionError("The request has no authenticated caller.") { Code = ErrorCodes.AccessDenied };

    public static T GetService<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    public static ExecutionError InvalidInput(string message) => new(message) { Code = ErrorCodes.InvalidInput };
}
