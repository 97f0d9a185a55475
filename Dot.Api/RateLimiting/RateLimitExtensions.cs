namespace Dot.Api.RateLimiting;

public static class RateLimitExtensions
{
    /// <summary>Binds and validates <c>RateLimits</c> and registers the limiters.</summary>
    public static IHostApplicationBuilder AddDotRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DotRateLimiters>();
        return builder;
    }
}
