namespace Dot.Api.DevIdentity;

public static class DevIdentityExtensions
{
    public static IHostApplicationBuilder AddDevIdentity(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapDevIdentity(this WebApplication app) => app;
}
