using Dot.Api.Storage.Caching;
using Dot.Domain.Health;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;

namespace Dot.Api.Storage;

public static class StorageExtensions
{
    /// <summary>Binds <c>Storage</c> and registers the adapters that serve the ports for the chosen mode.</summary>
    public static IHostApplicationBuilder AddDotStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Mode == StorageMode.Embedded, "Storage:Mode 'Aws' is not available yet: use 'Embedded'.")
            .ValidateOnStart();
        builder.Services.AddOptions<EmbeddedStorageOptions>().BindConfiguration(EmbeddedStorageOptions.Section);

        builder.Services.AddEmbeddedConfigurationStores();
        builder.Services.AddEmbeddedRawStore();
        builder.Services.AddEmbeddedSecrets();
        builder.Services.AddCachedAnalyticsStore<DuckDbAnalyticsStore>();
        builder.Services.AddSingleton<IStoreProbe>(provider => provider.GetRequiredService<DuckDbAnalyticsStore>());
        return builder;
    }
}
