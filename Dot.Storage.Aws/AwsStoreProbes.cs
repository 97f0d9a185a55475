using Amazon.DynamoDBv2.Model;
using Amazon.KeyManagementService.Model;
using Amazon.S3.Model;
using Dot.Domain.Health;
using Microsoft.Extensions.Options;

namespace Dot.Storage.Aws;

/// <summary>Readiness of the configuration table: it answers <c>DescribeTable</c>.</summary>
public sealed class DynamoTableProbe(AwsClients clients, IOptions<AwsStorageOptions> options) : IStoreProbe
{
    public string Name => "config";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        clients.DynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = options.Value.TableName }, cancellationToken);
}

/// <summary>Readiness of the raw-file bucket: it answers <c>HeadBucket</c>.</summary>
public sealed class S3BucketProbe(AwsClients clients, IOptions<AwsStorageOptions> options) : IStoreProbe
{
    public string Name => "raw";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        clients.S3.HeadBucketAsync(new HeadBucketRequest { BucketName = options.Value.BucketName }, cancellationToken);
}

/// <summary>Readiness of the secrets key: KMS describes it.</summary>
public sealed class KmsKeyProbe(AwsClients clients, IOptions<AwsStorageOptions> options) : IStoreProbe
{
    public string Name => "secrets";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        clients.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = options.Value.KmsKeyId }, cancellationToken);
}
