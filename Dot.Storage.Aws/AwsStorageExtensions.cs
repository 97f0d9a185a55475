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
using Dot.Storage.Aws.DynamoDb;
using Dot.Storage.Aws.Kms;
using Dot.Storage.Aws.S3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dot.Storage.Aws;

/// <summary>Registers the AWS adapters; the host binds <see cref="AwsStorageOptions"/> and picks which to use.</summary>
public static class AwsStorageExtensions
{
    /// <summary>
    /// The configuration stores on one DynamoDB table: tenants, datasets, tokens, uploads, the job queue, connectors
    /// and runs, and the analytics cache's data versions, shared by every instance on the table.
    /// </summary>
    public static IServiceCollection AddAwsConfigurationStores(this IServiceCollection services)
    {
        AddClients(services);
        services.AddSingleton<DynamoTable>();
        services.AddSingleton<ITenantStore, DynamoTenantStore>();
        services.AddSingleton<IDatasetStore, DynamoDatasetStore>();
        services.AddSingleton<IUploadTokenStore, DynamoUploadTokenStore>();
        services.AddSingleton<IReadTokenStore, DynamoReadTokenStore>();
        services.AddSingleton<IUploadStore, DynamoUploadStore>();
        services.AddSingleton<IUploadJobs, DynamoUploadJobs>();
        services.AddSingleton<DynamoConnectorRunStore>();
        services.AddSingleton<IConnectorRunStore>(provider => provider.GetRequiredService<DynamoConnectorRunStore>());
        services.AddSingleton<IConnectorStore, DynamoConnectorStore>();
        services.AddSingleton<IAuditLog, DynamoAuditLog>();
        services.AddSingleton<IDataVersions, DynamoDataVersions>();
        services.AddSingleton<IStoreProbe, DynamoTableProbe>();
        return services;
    }

    /// <summary>The raw store in S3.</summary>
    public static IServiceCollection AddAwsRawStore(this IServiceCollection services)
    {
        AddClients(services);
        return services.AddSingleton<IRawStore, S3RawStore>().AddSingleton<IStoreProbe, S3BucketProbe>();
    }

    /// <summary>The secret protector with KMS envelope encryption.</summary>
    public static IServiceCollection AddAwsSecrets(this IServiceCollection services)
    {
        AddClients(services);
        return services.AddSingleton<ISecretProtector, KmsSecretProtector>().AddSingleton<IStoreProbe, KmsKeyProbe>();
    }

    private static void AddClients(IServiceCollection services)
    {
        services.TryAddSingleton<AwsClients>();
        services.TryAddSingleton<AwsResources>();
    }
}
