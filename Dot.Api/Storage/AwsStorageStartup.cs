using Dot.Storage.Aws;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage;

/// <summary>
/// Before anything else starts (the upload worker, the connector scheduler), checks that the table, bucket and key of
/// the stores on AWS exist, creating table and bucket with <c>Storage:Aws:CreateResources</c>; the host fails to
/// start naming a missing one.
/// </summary>
public sealed class AwsStorageStartup(IOptions<StorageOptions> options, AwsResources resources) : IHostedService
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
