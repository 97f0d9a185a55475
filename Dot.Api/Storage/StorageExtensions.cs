using Dot.Api.Storage.Caching;
using Dot.Api.Storage.Embedded;
using Dot.Domain.Datasets;
using Dot.Domain.Tenancy;
using Dot.Domain.Tokens;
using Dot.Domain.Uploads;

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

        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<ITenantStore, SqliteTenantStore>();
        builder.Services.AddSingleton<IDatasetStore, SqliteDatasetStore>();
        builder.Services.AddSingleton<IUploadTokenStore, SqliteUploadTokenStore>();
        builder.Services.AddSingleton<IReadTokenStore, SqliteReadTokenStore>();
        builder.Services.AddSingleton<IUploadStore, SqliteUploadStore>();
        builder.Services.AddSingleton<IRawStore, FileSystemRawStore>();
        builder.Services.AddCachedAnalyticsStore<DuckDbAnalyticsStore>();
        return builder;
    }
}
