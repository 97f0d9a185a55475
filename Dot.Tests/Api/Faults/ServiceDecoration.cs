using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Faults;

/// <summary>Wraps the app's own registration of a singleton service, so a test can put a fault in front of the real adapter.</summary>
internal static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, TService> wrap)
        where TService : class
    {
        var original = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(original);
        services.AddSingleton(provider => wrap(original.ImplementationFactory is { } factory
            ? (TService)factory(provider)
            : original.ImplementationInstance as TService ?? (TService)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)));
        return services;
    }
}
