using Dot.Domain.Analytics;
using Dot.Domain.Audit;
using Dot.Domain.Connectors;
using Dot.Domain.Datasets;
using Dot.Domain.Health;
using Dot.Domain.Jobs;
using Dot.Domain.Secrets;
using Dot.Domain.Tenancy;
using Dot.Domain.Tokens;
using Dot.Domain.Uploads;
using Dot.Storage.Embedded.Caching;
using Dot.Storage.Embedded.FileSystem;
using Dot.Storage.Embedded.Secrets;
using Dot.Storage.Embedded.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Storage.Embedded;

/// <summary>Registers the embedded adapters; the host binds <see cref="EmbeddedStorageOptions"/> and picks which to use.</summary>
public static class EmbeddedStorageExtensions
{
    /// <summary>
    /// The configuration stores on one SQLite file: tenants, datasets, tokens, upload records, the upload job queue,
    /// connectors and their runs, the audit trail; and the analytics cache's data versions in this process.
    /// </summary>
    public static IServiceCollection AddEmbeddedConfigurationStores(this IServiceCollection services)
    {
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IStoreProbe>(provider => provider.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<ITenantStore, SqliteTenantStore>();
        services.AddSingleton<IDatasetStore, SqliteDatasetStore>();
        services.AddSingleton<IUploadTokenStore, SqliteUploadTokenStore>();
        services.AddSingleton<IReadTokenStore, SqliteReadTokenStore>();
        services.AddSingleton<IUploadStore, SqliteUploadStore>();
        services.AddSingleton<IUploadJobs, SqliteUploadJobs>();
        services.AddSingleton<IConnectorStore, SqliteConnectorStore>();
        services.AddSingleton<IConnectorRunStore, SqliteConnectorRunStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<IDataVersions, InProcessDataVersions>();
        return services;
    }

    /// <summary>The raw store on the file system.</summary>
    public static IServiceCollection AddEmbeddedRawStore(this IServiceCollection services) =>
        services.AddSingleton<FileSystemRawStore>()
            .AddSingleton<IRawStore>(provider => provider.GetRequiredService<FileSystemRawStore>())
            .AddSingleton<IStoreProbe>(provider => provider.GetRequiredService<FileSystemRawStore>());

    /// <summary>The secret protector with its local key file, <c>keys/secrets.key</c> in the data folder.</summary>
    public static IServiceCollection AddEmbeddedSecrets(this IServiceCollection services) =>
        services.AddSingleton<LocalKeySecretProtector>()
            .AddSingleton<ISecretProtector>(provider => provider.GetRequiredService<LocalKeySecretProtector>())
            .AddSingleton<IStoreProbe>(provider => provider.GetRequiredService<LocalKeySecretProtector>());
}
