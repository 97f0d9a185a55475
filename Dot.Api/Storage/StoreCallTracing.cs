using Dot.Api.Telemetry;
using Dot.Domain.Health;

namespace Dot.Api.Storage;

public static class StoreCallTracing
{
    /// <summary>
    /// Replaces each port registration made since <paramref name="from"/> (an interface of Dot.Domain) with the same
    /// adapter behind a <see cref="StoreCallTracer"/>, so every store call gets a span. The probes are left as they are:
    /// readiness reports their durations itself, and a load balancer asking every few seconds would fill the traces.
    /// </summary>
    public static IServiceCollection TraceStoreCallsSince(this IServiceCollection services, int from)
    {
        ArgumentNullException.ThrowIfNull(services);
        for (var i = from; i < services.Count; i++)
        {
            var registration = services[i];
            if (registration.IsKeyedService || !registration.ServiceType.IsInterface || registration.ServiceType.Assembly != typeof(IStoreProbe).Assembly
                || registration.ServiceType == typeof(IStoreProbe))
            {
                continue;
            }
            services[i] = ServiceDescriptor.Describe(
                registration.ServiceType, provider => StoreCallTracer.Wrap(registration.ServiceType, Adapter(registration, provider)), registration.Lifetime);
        }
        return services;
    }

    private static object Adapter(ServiceDescriptor registration, IServiceProvider provider) =>
        registration.ImplementationInstance
        ?? registration.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!);
}
