using Dot.Api.Telemetry;
using Dot.Domain.Analytics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage.Caching;

public static class AnalyticsCacheExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TStore"/> as the analytics writer and reader, the reader behind
    /// <see cref="CachingAnalyticsReader"/> and the writer behind <see cref="VersioningAnalyticsWriter"/> unless
    /// <c>Analytics:Cache:Enabled</c> is false. With <paramref name="traced"/> each call that reaches the store gets a
    /// span (<see cref="StoreCallTracer"/>). The container owns the store and closes it; a store registered before
    /// (made by a factory) is used as it is. Both wrappers take the
    /// <see cref="IDataVersions"/> the configuration stores registered: in this process, or shared between instances.
    /// </summary>
    public static IServiceCollection AddCachedAnalyticsStore<TStore>(this IServiceCollection services, bool traced = false)
        where TStore : class, IAnalyticsWriter, IAnalyticsReader
    {
        services.AddOptions<AnalyticsCacheOptions>().BindConfiguration(AnalyticsCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TStore>();
        T Store<T>(IServiceProvider provider) where T : class =>
            traced ? StoreCallTracer.Wrap<T>((T)(object)provider.GetRequiredService<TStore>()) : (T)(object)provider.GetRequiredService<TStore>();
        services.AddSingleton<IAnalyticsWriter>(provider => Cache(provider) is null
            ? Store<IAnalyticsWriter>(provider)
            : new VersioningAnalyticsWriter(Store<IAnalyticsWriter>(provider), provider.GetRequiredService<IDataVersions>()));
        services.AddSingleton<IAnalyticsReader>(provider => Cache(provider) is { } options
            ? new CachingAnalyticsReader(
                Store<IAnalyticsReader>(provider), provider.GetRequiredService<IDataVersions>(), options.MaxMegabytes * 1024L * 1024, provider.GetService<CacheMetrics>())
            : Store<IAnalyticsReader>(provider));
        return services;
    }

    private static AnalyticsCacheOptions? Cache(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<AnalyticsCacheOptions>>().Value is { Enabled: true } options ? options : null;
}
