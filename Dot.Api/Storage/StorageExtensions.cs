using Dot.Api.Storage.Caching;
using Dot.Domain.Health;
using Dot.Storage.Aws;
using Dot.Storage.Aws.OpenSearch;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage;

public static class StorageExtensions
{
    /// <summary>Binds <c>Storage</c> and registers, store by store, the adapters of the chosen mode.</summary>
    public static IHostApplicationBuilder AddDotStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        builder.Services.AddOptions<EmbeddedStorageOptions>().BindConfiguration(EmbeddedStorageOptions.Section);
        builder.Services.AddOptions<AwsStorageOptions>().BindConfiguration(AwsStorageOptions.Section);

        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.UsesAws)
        {
            builder.Services.AddHostedService<AwsStorageStartup>();
        }
        var ports = builder.Services.Count;
        _ = storage.ConfigMode == StorageMode.Aws ? builder.Services.AddAwsConfigurationStores() : builder.Services.AddEmbeddedConfigurationStores();
        _ = storage.RawMode == StorageMode.Aws ? builder.Services.AddAwsRawStore() : builder.Services.AddEmbeddedRawStore();
        _ = storage.SecretsMode == StorageMode.Aws ? builder.Services.AddAwsSecrets() : builder.Services.AddEmbeddedSecrets();
        builder.Services.TraceStoreCallsSince(ports);
        // After the tracing: the analytics ports trace the store behind the cache, so a cached answer is no store call.
        if (storage.AnalyticsMode == StorageMode.Aws)
        {
            builder.Services.AddAwsAnalytics().AddCachedAnalyticsStore<OpenSearchAnalyticsStore>(traced: true);
        }
        else
        {
            builder.Services.AddCachedAnalyticsStore<DuckDbAnalyticsStore>(traced: true);
            builder.Services.AddSingleton<IStoreProbe>(provider => provider.GetRequiredService<DuckDbAnalyticsStore>());
        }
        return builder;
    }
}
