using Dot.Domain.Results;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage.Caching;

public static class AnalyticsCacheExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TStore"/> as the analytics store, behind <see cref="CachingAnalyticsStore"/>
    /// unless <c>Analytics:Cache:Enabled</c> is false.
    /// </summary>
    public static IServiceCollection AddCachedAnalyticsStore<TStore>(this IServiceCollection services)
        where TStore : class, IAnalyticsStore
    {
        services.AddOptions<AnalyticsCacheOptions>().BindConfiguration(AnalyticsCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IAnalyticsStore>(provider =>
        {
            var store = ActivatorUtilities.CreateInstance<TStore>(provider);
            var options = provider.GetRequiredService<IOptions<AnalyticsCacheOptions>>().Value;
            return options.Enabled ? new CachingAnalyticsStore(store, options.MaxMegabytes * 1024L * 1024) : store;
        });
        return services;
    }
}
