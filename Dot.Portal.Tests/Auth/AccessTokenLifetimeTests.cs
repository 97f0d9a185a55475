using System.Globalization;
using System.Security.Claims;
using Dot.Portal.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Portal.Tests.Auth;

public sealed class AccessTokenLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(30, true)]
    [InlineData(2, true)]
    [InlineData(0.5, false)]
    [InlineData(-5, false)]
    public async Task A_session_lasts_while_its_access_token_has_more_than_a_minute_left(double minutesLeft, bool kept)
    {
        var context = Validating(Now.AddMinutes(minutesLeft).ToString("o", CultureInfo.InvariantCulture));

        await AccessTokenLifetime.ValidateAsync(context);

        Assert.Equal(kept, context.Principal is not null);
    }

    [Fact]
    public async Task A_session_without_an_access_token_expiry_is_ended()
    {
        var context = Validating(expiresAt: null);

        await AccessTokenLifetime.ValidateAsync(context);

        Assert.Null(context.Principal);
        Assert.Contains(PortalAuthentication.CookieName, context.HttpContext.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
    }

    private static CookieValidatePrincipalContext Validating(string? expiresAt)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddLogging()
            .AddAuthentication()
            .AddCookie(cookie => cookie.Cookie.Name = PortalAuthentication.CookieName)
            .Services
            .BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        var properties = new AuthenticationProperties();
        if (expiresAt is not null)
        {
            properties.StoreTokens([new AuthenticationToken { Name = "expires_at", Value = expiresAt }]);
        }
        var scheme = new AuthenticationScheme(CookieAuthenticationDefaults.AuthenticationScheme, null, typeof(CookieAuthenticationHandler));
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity("test")), properties, scheme.Name);
        return new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(), ticket);
    }
}
