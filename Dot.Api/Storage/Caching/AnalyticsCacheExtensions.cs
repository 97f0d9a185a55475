using Dot.Domain.Analytics;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage.Caching;

public static class AnalyticsCacheExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TStore"/> as the analytics writer and reader, the reader behind
    /// <see cref="CachingAnalyticsReader"/> and the writer behind <see cref="VersioningAnalyticsWriter"/> unless
    /// <c>Analytics:Cache:Enabled</c> is false. The container owns the store and closes it. Both wrappers take the
    /// <see cref="IDataVersions"/> the configuration stores registered: in this process, or shared between instances.
    /// </summary>
    public static IServiceCollection AddCachedAnalyticsStore<TStore>(this IServiceCollection services)
        where TStore : class, IAnalyticsWriter, IAnalyticsReader
    {
        services.AddOptions<AnalyticsCacheOptions>().BindConfiguration(AnalyticsCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TStore>();
        services.AddSingleton<IAnalyticsWriter>(provider => Cache(provider) is null
            ? provider.GetRequiredService<TStore>()
            : new VersioningAnalyticsWriter(provider.GetRequiredService<TStore>(), provider.GetRequiredService<IDataVersions>()));
        services.AddSingleton<IAnalyticsReader>(provider => Cache(provider) is { } options
            ? new CachingAnalyticsReader(provider.GetRequiredService<TStore>(), provider.GetRequiredService<IDataVersions>(), options.MaxMegabytes * 1024L * 1024)
            : provider.GetRequiredService<TStore>());
        return services;
    }

    private static AnalyticsCacheOptions? Cache(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<AnalyticsCacheOptions>>().Value is { Enabled: true } options ? options : null;
}
