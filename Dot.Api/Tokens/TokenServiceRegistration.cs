namespace Dot.Api.Tokens;

public static class TokenServiceRegistration
{
    /// <summary>Binds and validates a token kind's lifetime section and registers its service.</summary>
    public static IServiceCollection AddTokenService<TService, TOptions>(this IServiceCollection services, string section)
        where TService : class
        where TOptions : TokenLifetimeOptions
    {
        services.AddOptions<TOptions>()
            .BindConfiguration(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TService>();
        return services;
    }
}
