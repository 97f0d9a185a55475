using Dot.Domain.Naming;
using Dot.Domain.Tokens;
using GraphQL;

namespace Dot.Api.GraphQL.Tokens;

/// <summary>What the create and revoke resolvers of every token kind do alike.</summary>
public static class TokenMutationSupport
{
    /// <summary>The token name, trimmed and checked, or <c>INVALID_INPUT</c>.</summary>
    public static string ValidTokenName(string name) =>
        NameRule.Validate("token", name, out var valid) is { } problem ? throw ResolveContextExtensions.InvalidInput(problem) : valid;

    /// <summary>Issues a token; an expiry the lifetime rules refuse becomes <c>INVALID_INPUT</c> with their sentence.</summary>
    public static async Task<CreateTokenPayload<TToken>> IssueAsync<TToken>(DateTime? expiresAt, Func<DateTimeOffset?, Task<(string Secret, TToken Token)>> issue)
        where TToken : IssuedToken
    {
        ArgumentNullException.ThrowIfNull(issue);
        DateTimeOffset? expiry = expiresAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
        try
        {
            var (secret, token) = await issue(expiry);
            return new CreateTokenPayload<TToken>(secret, token);
        }
        catch (ArgumentException exception)
        {
            throw ResolveContextExtensions.InvalidInput(exception.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>Revokes the token named by the <c>input</c> argument in the caller's tenant; another tenant's id reads as unknown.</summary>
    public static async Task<RevokeTokenPayload<TToken>> RevokeTokenAsync<TToken>(this IResolveFieldContext context, ITokenStore<TToken> store, TokenKind kind)
        where TToken : IssuedToken
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(kind);
        var input = context.GetArgument<RevokeTokenInput>("input");
        var now = context.GetService<TimeProvider>().GetUtcNow();
        var token = await store.RevokeAsync(context.GetCaller().TenantId, input.Id, now, context.CancellationToken);
        return token is null
            ? throw new ExecutionError($"No {kind.Name} with id '{input.Id}'.") { Code = ErrorCodes.NotFound }
            : new RevokeTokenPayload<TToken>(token);
    }
}
