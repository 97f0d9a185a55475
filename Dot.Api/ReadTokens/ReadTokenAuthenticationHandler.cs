using System.Security.Claims;
using System.Text.Encodings.Web;
using Dot.Api.Audit;
using Dot.Api.Auth;
using Dot.Domain.Audit;
using Dot.Domain.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dot.Api.ReadTokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer dot_read_…</c>: a usable read token becomes a caller of its tenant with
/// the role member (never owner), narrowed to the token's dataset, if it has one, and to its data scope.
/// Any other DoT token, and a read token that is malformed, unknown, expired or revoked, fails with the reason.
/// </summary>
public sealed class ReadTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ReadTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "dot-read-token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = BearerHeader.TokenOf(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }
        var check = await tokens.AuthenticateAsync(secret, Context.RequestAborted);
        if (check.Token is not { } token)
        {
            if (check.Refused is { } refused)
            {
                RefusedCredential.Set(Context, refused.TenantId, new AuditActor(refused.Id, CallerKind.ReadToken));
            }
            return AuthenticateResult.Fail(check.Failure!);
        }
        var caller = new Caller(token.Id, token.TenantId, Role.Member, token.DatasetId, token.Scope) { Kind = CallerKind.ReadToken };
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(DotClaims.CreateIdentity(caller)), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is { } failure ? BearerHeader.InvalidToken(failure.Message) : "Bearer";
    }
}
