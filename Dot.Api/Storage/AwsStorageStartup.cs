using Dot.Storage.Aws;
using Dot.Storage.Aws.OpenSearch;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage;

/// <summary>
/// Before anything else starts (the upload worker, the connector scheduler), checks that the table, bucket and key of
/// the stores on AWS exist, creating table and bucket with <c>Storage:Aws:CreateResources</c>, and applies the
/// OpenSearch index templates of the analytics store; the host fails to start naming a missing one.
/// </summary>
public sealed class AwsStorageStartup(IOptions<StorageOptions> options, AwsResources resources, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.ConfigMode == StorageMode.Aws)
        {
            await resources.EnsureTableAsync(cancellationToken);
        }
        if (storage.RawMode == StorageMode.Aws)
        {
            await resources.EnsureBucketAsync(cancellationToken);
        }
        if (storage.RawMode == StorageMode.Aws || storage.SecretsMode == StorageMode.Aws)
        {
            await resources.EnsureKeyAsync(cancellationToken);
        }
        if (storage.AnalyticsMode == StorageMode.Aws)
        {
            await services.GetRequiredService<OpenSearchAnalyticsStore>().EnsureIndexesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
